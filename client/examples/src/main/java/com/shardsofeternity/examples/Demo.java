package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.dispatch.Registration;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.model.CharacterView;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the examples share: the configuration (from the environment, like any game would read it),
 * where to print, and throwaway players. Every demo player is a fresh account, so the examples can
 * run again and again against the same server; closing the demo logs them all out.
 */
final class Demo implements AutoCloseable {

    static final String PASSWORD = "demo password, not a secret";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final ClientConfig config;
    private final PrintStream out;
    private final List<GameClient> clients = new ArrayList<>();

    Demo(ClientConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    ClientConfig config() {
        return config;
    }

    /** A client of this demo that is not connected yet; closed with the demo. */
    GameClient newClient() {
        GameClient client = new GameClient(config);
        clients.add(client);
        return client;
    }

    /** A fresh account named after {@code label}, registered and connected. */
    GameClient newAccount(String label) {
        GameClient client = newClient();
        String username = uniqueUsername(label);
        Await.result(client.register(username, PASSWORD));
        Await.result(client.connect(username, PASSWORD));
        return client;
    }

    /**
     * A fresh account playing a new character of {@code faction}, selected and in the world: returns
     * once the server has said who else is in the starting location.
     */
    GameClient newPlayer(String label, String faction) {
        GameClient client = newAccount(label);
        CharacterView hero = Await.result(client.createCharacter(uniqueCharacterName(label), faction));
        CompletableFuture<NearbyPlayers> arrived = new CompletableFuture<>();
        Registration registration = client.registerHandler(MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class, arrived::complete);
        Await.result(client.selectCharacter(hero.id()));
        Await.result(arrived.orTimeout(10, TimeUnit.SECONDS));
        registration.remove();
        return client;
    }

    /** Prints one line, {@link String#format} style. */
    void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    /** The name of the character {@code client} plays. */
    static String nameOf(GameClient client) {
        return client.localPlayer().characterName().orElse("?");
    }

    /** The id of the character {@code client} plays. */
    static long idOf(GameClient client) {
        return client.localPlayer().characterId().orElseThrow();
    }

    @Override
    public void close() {
        CompletableFuture<?>[] logouts = clients.stream()
                .map(client -> client.logout().exceptionally(alreadyEnded -> null))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(logouts).completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
        clients.forEach(GameClient::close);
        clients.clear();
    }

    private static String uniqueUsername(String label) {
        return label.toLowerCase(Locale.ROOT) + "_" + randomSuffix();
    }

    private static String uniqueCharacterName(String label) {
        return label + " " + randomSuffix().toUpperCase(Locale.ROOT);
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_LETTERS.charAt(RANDOM.nextInt(SUFFIX_LETTERS.length())));
        }
        return suffix.toString();
    }
}
