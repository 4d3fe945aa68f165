package com.shardsofeternity.server.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Raw HTTP against the started server, for tests that must see exactly what goes over the wire
 * (statuses, headers, malformed bodies). Tests that play the game use the client library instead.
 */
public final class Api {

    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    public static String baseUrl() {
        return System.getProperty("it.base.url", "http://localhost:19888");
    }

    /** A name no other test run has used: tests share one server and never depend on each other's data. */
    public static String uniqueName(String prefix) {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + UNIQUE.incrementAndGet();
        String name = prefix + suffix;
        return name.length() > 20 ? name.substring(0, 20) : name;
    }

    public record Reply(int status, String body, HttpResponse<String> raw) implements HttpAnswer {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        public String errorCode() {
            return json().getString("error_code");
        }

        @Override
        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    public static Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public static Reply post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends many requests, a few at a time, and answers in the order given: for tests that try hundreds
     * of inputs whose answers do not depend on each other.
     */
    public static List<Reply> sendAll(List<HttpRequest> requests) {
        Semaphore inFlight = new Semaphore(4);
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        for (HttpRequest request : requests) {
            inFlight.acquireUninterruptibly();
            replies.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> new Reply(response.statusCode(), response.body(), response))
                    .whenComplete((reply, failure) -> inFlight.release()));
        }
        return replies.stream().map(CompletableFuture::join).toList();
    }

    /** A POST of a JSON body, to send later. */
    public static HttpRequest postRequest(String path, String token, String json) {
        return request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    public static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public static String json(Object... keysAndValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            String key = (String) keysAndValues[i];
            if (value == null) {
                builder.addNull(key);
            } else if (value instanceof Number number) {
                builder.add(key, number instanceof Double || number instanceof Float
                        ? Json.createValue(number.doubleValue()) : Json.createValue(number.longValue()));
            } else if (value instanceof JsonValue jsonValue) {
                builder.add(key, jsonValue);
            } else {
                builder.add(key, value.toString());
            }
        }
        return builder.build().toString();
    }

    /** A registered account, logged in, with no character yet. */
    public record Session(String username, long playerId, String token) {
    }

    /** Registers a fresh account and logs it in. */
    public static Session newSession() {
        String username = register(uniqueName("u"));
        JsonObject login = loginReply(username);
        return new Session(username, login.getJsonNumber("player_id").longValue(), login.getString("token"));
    }

    /** Creates a character for the session's account, expecting success. */
    public static JsonObject createCharacter(String token, String name, String faction) {
        Reply created = post("/api/characters", token, json("name", name, "faction", faction));
        if (created.status() != 201) {
            throw new AssertionError("character creation failed: " + created.status() + " " + created.body());
        }
        return created.json();
    }

    /** A request with any method, an optional JSON body and optional extra headers (name, value, ...). */
    public static Reply send(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder builder = request(path, token);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A registered account, logged in, with a character selected. */
    public record Player(String username, String password, String token, long playerId, long characterId, String characterName) {
    }

    public static final String PASSWORD = "correct horse battery";

    public static String register(String username) {
        Reply reply = post("/api/auth/register", null, json("username", username, "password", PASSWORD));
        if (reply.status() != 201) {
            throw new AssertionError("register failed: " + reply.status() + " " + reply.body());
        }
        return username;
    }

    public static String login(String username) {
        return loginReply(username).getString("token");
    }

    public static JsonObject loginReply(String username) {
        Reply reply = post("/api/auth/login", null, json("username", username, "password", PASSWORD, "protocol_version", "1.0"));
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    /** Registers, logs in, creates a character of {@code faction} and selects it. */
    public static Player newPlayer(String faction) {
        String username = register(uniqueName("p"));
        JsonObject login = loginReply(username);
        String token = login.getString("token");
        long playerId = login.getJsonNumber("player_id").longValue();
        String characterName = uniqueName("Hero ");
        Reply created = post("/api/characters", token, json("name", characterName, "faction", faction));
        if (created.status() != 201) {
            throw new AssertionError("character creation failed: " + created.status() + " " + created.body());
        }
        long characterId = created.json().getJsonNumber("id").longValue();
        Reply selected = post("/api/characters/select", token, json("character_id", characterId));
        if (selected.status() != 200) {
            throw new AssertionError("select failed: " + selected.status() + " " + selected.body());
        }
        return new Player(username, PASSWORD, token, playerId, characterId, characterName);
    }
}
