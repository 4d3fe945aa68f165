package com.shardsofeternity.server.it.client;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.server.it.Api;
import com.shardsofeternity.server.it.LibertyServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The players of one test: fresh accounts, each playing through its own {@link GameClient} against
 * the server under test. Closing logs every one of them out (so their characters leave the world at
 * once rather than after the resume window) and stops their clients.
 */
final class Players implements AutoCloseable {

    static final String CRIMSON = "Crimson Covenant";
    static final String AZURE = "Azure Order";
    static final String VERDANT = "Verdant Circle";
    static final String UMBRAL = "Umbral Syndicate";

    private static final Duration SERVER_START_LIMIT = Duration.ofMinutes(3);
    private static volatile boolean serverReady;

    private final List<GameClient> clients = new CopyOnWriteArrayList<>();
    private final ClientConfig config;

    /** Players of the shared server, once it is serving: the first call waits for its readiness check. */
    Players() {
        awaitServer();
        this.config = config();
    }

    /** Players of another server, one the test started itself and knows to be serving. */
    Players(String serverUrl) {
        this.config = ClientConfig.builder().serverUrl(serverUrl).build();
    }

    private static synchronized void awaitServer() {
        if (serverReady) {
            return;
        }
        try {
            LibertyServer.awaitReady(SERVER_START_LIMIT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", interrupted);
        }
        serverReady = true;
    }

    /** A client configuration for the shared server under test. */
    static ClientConfig config() {
        return ClientConfig.builder().serverUrl(Api.baseUrl()).build();
    }

    /** The client configuration of these players' server. */
    ClientConfig serverConfig() {
        return config;
    }

    /** An account of its own, registered and connected through the library, without a character yet. */
    Account account() {
        return account(config);
    }

    Account account(ClientConfig config) {
        GameClient client = track(new GameClient(config));
        String username = Api.uniqueName("c");
        Await.result(client.register(username, Api.PASSWORD));
        Await.result(client.connect(username, Api.PASSWORD));
        return new Account(client, username);
    }

    /** A connected player of {@code faction} with a new character selected and its location's players known. */
    Player player(String faction) {
        return player(faction, config);
    }

    Player player(String faction, ClientConfig config) {
        Account account = account(config);
        GameClient client = account.client();
        CharacterView created = Await.result(client.createCharacter(Api.uniqueName("Hero "), faction));
        Inbox<NearbyPlayers> nearby = Inbox.of(client, MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class);
        Await.result(client.selectCharacter(created.id()));
        nearby.await("after selecting the character", any -> true);
        nearby.stop();
        return new Player(client, account.username(), created);
    }

    /** Makes {@code client} one of the players closed with the others. */
    GameClient track(GameClient client) {
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        CompletableFuture<?>[] logouts = clients.stream()
                .map(client -> client.logout().exceptionally(alreadyGone -> null))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(logouts).completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
        clients.forEach(GameClient::close);
        clients.clear();
    }

    /** A registered account whose client is connected. */
    record Account(GameClient client, String username) {
    }

    /** An account with a selected character, connected. */
    record Player(GameClient client, String username, CharacterView character) {

        long id() {
            return character.id();
        }

        String name() {
            return character.name();
        }

        String faction() {
            return character.faction();
        }
    }
}
