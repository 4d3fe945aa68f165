package com.shardsofeternity.client.rest;

import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.protocol.MessageCodec;
import com.shardsofeternity.protocol.ProtocolVersion;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.CreateCharacterRequest;
import com.shardsofeternity.protocol.model.CreatePartyRequest;
import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.protocol.model.LoginRequest;
import com.shardsofeternity.protocol.model.LoginResponse;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.PartyView;
import com.shardsofeternity.protocol.model.RegisterRequest;
import com.shardsofeternity.protocol.model.RegisterResponse;
import com.shardsofeternity.protocol.model.SelectCharacterRequest;
import com.shardsofeternity.protocol.model.ShardView;
import com.shardsofeternity.protocol.model.WorldStateView;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The master server's REST API ({@code /api}), one method per endpoint, every answer a
 * {@code CompletableFuture} of the protocol record. Failures complete the future with a
 * {@link MasterServerException}: the server's error code and status, or no code when the server could
 * not be reached.
 *
 * <p>Speaks HTTP/1.1: the bodies are small, and plain-http servers then never see an h2c upgrade attempt.
 *
 * <p>Holds the session's bearer token: {@link #login} stores it, {@link #logout} forgets it, and every
 * authenticated call sends it. Thread-safe.
 */
public final class MasterServerApi {

    private final URI base;
    private final Duration timeout;
    private final MessageCodec codec;
    private final RestCall calls;
    private final AtomicReference<HttpClient> http;
    private final AtomicReference<String> token = new AtomicReference<>();

    /** An API using the JDK's default HTTP executor. */
    public MasterServerApi(ClientConfig config) {
        this(config, null);
    }

    /** An API whose HTTP answers complete on {@code executor} (null for the JDK default). */
    public MasterServerApi(ClientConfig config, Executor executor) {
        this.base = config.apiBaseUri();
        this.timeout = config.requestTimeout();
        this.codec = new MessageCodec(config.messageTypes());
        this.calls = new RestCall(codec, System::currentTimeMillis);
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        config.sslContext().ifPresent(builder::sslContext);
        if (executor != null) {
            builder.executor(executor);
        }
        this.http = new AtomicReference<>(builder.build());
    }

    // ---- auth -------------------------------------------------------------------------------------

    public CompletableFuture<RegisterResponse> register(String username, String password) {
        return send(post("/auth/register", new RegisterRequest(username, password), false), RegisterResponse.class);
    }

    /** Logs in with the protocol version this build speaks, and keeps the token for later calls. */
    public CompletableFuture<LoginResponse> login(String username, String password) {
        return send(post("/auth/login", new LoginRequest(username, password, ProtocolVersion.CURRENT), false),
                LoginResponse.class)
                .thenApply(login -> {
                    token.set(login.token());
                    return login;
                });
    }

    /** Ends the session on the server (its sockets close with 4001) and forgets the token. */
    public CompletableFuture<Void> logout() {
        return send(post("/auth/logout", null, true), Void.class).whenComplete((done, failure) -> token.set(null));
    }

    public Optional<String> token() {
        return Optional.ofNullable(token.get());
    }

    /** Uses a token obtained elsewhere, for example one kept from an earlier run. */
    public void useToken(String bearer) {
        token.set(bearer);
    }

    // ---- characters -------------------------------------------------------------------------------

    public CompletableFuture<List<CharacterView>> listCharacters() {
        return sendList(get("/characters", true), CharacterView[].class);
    }

    public CompletableFuture<CharacterView> createCharacter(String name, String faction) {
        return send(post("/characters", new CreateCharacterRequest(name, faction), true), CharacterView.class);
    }

    public CompletableFuture<CharacterView> selectCharacter(long characterId) {
        return send(post("/characters/select", new SelectCharacterRequest(characterId), true), CharacterView.class);
    }

    // ---- world ------------------------------------------------------------------------------------

    public CompletableFuture<WorldStateView> getWorldState() {
        return send(get("/world/state", false), WorldStateView.class);
    }

    public CompletableFuture<List<ShardView>> getShards() {
        return sendList(get("/world/shards", false), ShardView[].class);
    }

    public CompletableFuture<List<LocationView>> getLocations() {
        return sendList(get("/world/locations", false), LocationView[].class);
    }

    public CompletableFuture<List<String>> getFactions() {
        return sendList(get("/world/factions", false), String[].class);
    }

    /** Who is online at a location now, as the server sees it. */
    public CompletableFuture<List<NearbyPlayer>> getPlayersAt(long locationId) {
        return sendList(get("/world/locations/" + locationId + "/players", true), NearbyPlayer[].class);
    }

    // ---- party and chat ---------------------------------------------------------------------------

    public CompletableFuture<PartyView> createParty(String name) {
        return send(post("/party/create", new CreatePartyRequest(name), true), PartyView.class);
    }

    public CompletableFuture<PartyView> getParty(long partyId) {
        return send(get("/party/" + partyId, true), PartyView.class);
    }

    /**
     * Chat history of a channel, newest last.
     *
     * @param limit  1–200, or null for the server's default (50)
     * @param before a {@code message_id} to page back from, or null for the newest
     */
    public CompletableFuture<List<Chat>> chatHistory(String channel, Integer limit, String before) {
        StringBuilder query = new StringBuilder("/chat/history?channel=").append(encode(channel));
        if (limit != null) {
            query.append("&limit=").append(limit);
        }
        if (before != null) {
            query.append("&before=").append(encode(before));
        }
        return sendList(get(query.toString(), true), Chat[].class);
    }

    /** Releases the HTTP client; calls after this fail. */
    public void close() {
        http.set(null);
        token.set(null);
    }

    // ---- plumbing ---------------------------------------------------------------------------------

    private HttpRequest.Builder get(String path, boolean authenticated) {
        return request(path, authenticated).GET();
    }

    private HttpRequest.Builder post(String path, Object body, boolean authenticated) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(codec.toJson(body), StandardCharsets.UTF_8);
        return request(path, authenticated).header("Content-Type", "application/json").POST(publisher);
    }

    private HttpRequest.Builder request(String path, boolean authenticated) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Accept", "application/json");
        String bearer = token.get();
        if (authenticated && bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private <T> CompletableFuture<List<T>> sendList(HttpRequest.Builder request, Class<T[]> arrayModel) {
        return send(request, arrayModel).thenApply(array -> array == null ? List.of() : Collections.unmodifiableList(Arrays.asList(array)));
    }

    private <T> CompletableFuture<T> send(HttpRequest.Builder request, Class<T> model) {
        HttpClient client = http.get();
        if (client == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the API client is closed"));
        }
        HttpRequest built = request.build();
        try {
            return client.sendAsync(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .handle((response, failure) -> {
                        if (failure != null) {
                            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                    ? failure.getCause() : failure;
                            throw MasterServerException.unreachable(built.method() + " " + built.uri().getPath()
                                    + " failed: " + cause, cause);
                        }
                        return calls.read(response, model);
                    });
        } catch (RuntimeException rejected) {
            return CompletableFuture.failedFuture(MasterServerException.unreachable("could not send the request", rejected));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
