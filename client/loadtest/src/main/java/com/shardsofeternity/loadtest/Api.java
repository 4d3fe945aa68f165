package com.shardsofeternity.loadtest;

import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.ProtocolException;
import com.shardsofeternity.protocol.ProtocolVersion;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.CreateCharacterRequest;
import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.protocol.model.LoginRequest;
import com.shardsofeternity.protocol.model.LoginResponse;
import com.shardsofeternity.protocol.model.RegisterRequest;
import com.shardsofeternity.protocol.model.SelectCharacterRequest;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The REST calls of PROTOCOL.md that the load test needs, blocking, with {@code 429} retried after its delay. */
public final class Api {

    private static final Type CHARACTER_LIST = new ArrayList<CharacterView>() { }.getClass().getGenericSuperclass();
    private static final Type LOCATION_LIST = new ArrayList<LocationView>() { }.getClass().getGenericSuperclass();
    private static final Type STRING_LIST = new ArrayList<String>() { }.getClass().getGenericSuperclass();
    private static final int MAX_ATTEMPTS = 60;

    private final URI base;
    private final HttpClient http;
    private final MessageCodec codec = new MessageCodec(MessageTypes.standard());

    public Api(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public MessageCodec codec() {
        return codec;
    }

    public HttpClient http() {
        return http;
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Makes the account unless it exists already (from an earlier run). */
    public void registerIfMissing(String username, String password) {
        HttpResponse<String> response = post("/api/auth/register", null, new RegisterRequest(username, password));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw failure("register " + username, response);
        }
    }

    public LoginResponse login(String username, String password) {
        HttpResponse<String> response = post("/api/auth/login", null,
                new LoginRequest(username, password, ProtocolVersion.CURRENT));
        if (response.statusCode() != 200) {
            throw failure("login " + username, response);
        }
        return parse(response.body(), LoginResponse.class);
    }

    /** The request of one login, for loops that time it themselves. */
    public HttpRequest loginRequest(String username, String password) {
        return HttpRequest.newBuilder(uri("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        codec.toJson(new LoginRequest(username, password, ProtocolVersion.CURRENT))))
                .build();
    }

    public List<CharacterView> characters(String token) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/characters"))
                .header("Authorization", "Bearer " + token).GET().build());
        if (response.statusCode() != 200) {
            throw failure("list characters", response);
        }
        return codec.jsonb().fromJson(response.body(), CHARACTER_LIST);
    }

    public CharacterView createCharacter(String token, String name, String faction) {
        HttpResponse<String> response = post("/api/characters", token, new CreateCharacterRequest(name, faction));
        if (response.statusCode() != 201) {
            throw failure("create character " + name, response);
        }
        return parse(response.body(), CharacterView.class);
    }

    public CharacterView select(String token, long characterId) {
        HttpResponse<String> response = post("/api/characters/select", token, new SelectCharacterRequest(characterId));
        if (response.statusCode() != 200) {
            throw failure("select character " + characterId, response);
        }
        return parse(response.body(), CharacterView.class);
    }

    public List<LocationView> locations() {
        return codec.jsonb().fromJson(get("/api/world/locations").body(), LOCATION_LIST);
    }

    public List<String> factions() {
        return codec.jsonb().fromJson(get("/api/world/factions").body(), STRING_LIST);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> post(String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(codec.toJson(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException unreachable) {
                throw new IllegalStateException(request.method() + " " + request.uri() + ": " + unreachable.getMessage(), unreachable);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", interrupted);
            }
            if (response.statusCode() != 429 || attempt >= MAX_ATTEMPTS) {
                return response;
            }
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            sleep(Math.max(1, Math.min(seconds, 5)) * 1000);
        }
    }

    private <T> T parse(String body, Class<T> model) {
        try {
            return codec.fromJson(body, model);
        } catch (ProtocolException malformed) {
            throw new IllegalStateException("unexpected answer: " + body, malformed);
        }
    }

    /** Waits until the server answers {@code GET /api/world/state}, for a server that is still starting. */
    public void awaitReady(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        String last = "no answer";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/world/state")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException notYet) {
                last = notYet.getClass().getSimpleName();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(1000);
        }
        throw new IllegalStateException(base + " is not ready: " + last);
    }

    private static IllegalStateException failure(String what, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        return new IllegalStateException(what + " failed: HTTP " + response.statusCode() + " "
                + (body.length() > 200 ? body.substring(0, 200) + "..." : body));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
