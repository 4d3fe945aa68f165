package com.shardsofeternity.examples;

import com.shardsofeternity.client.Await;
import com.shardsofeternity.client.ClientConfig;
import com.shardsofeternity.client.GameClient;
import com.shardsofeternity.client.MasterServerException;
import com.shardsofeternity.client.Messages;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.Chat;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.message.PlayerPresence;
import com.shardsofeternity.protocol.model.CharacterView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A small command-line chat client: every line read is said on the global channel, except
 * {@code /w <character id> <message>} (whisper), {@code /move <location id>} (walk to a neighbouring
 * location), {@code /who} (who is here) and {@code /quit}. With a username and password it logs in
 * and plays the account's first character (creating one if there is none); without, it plays a new
 * guest account.
 */
public final class ChatClient {

    static final String HELP = "Type a line to say it to everyone; /w <character id> <message> whispers, "
            + "/move <location id> walks to a neighbouring place, /who lists who is here, /quit leaves.";

    private final GameClient client;
    private final PrintStream out;

    private ChatClient(GameClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        run(args, ClientConfig.fromEnvironment(),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
    }

    /** Plays until {@code /quit} or the end of {@code in}, then logs out. */
    static void run(String[] args, ClientConfig config, BufferedReader in, PrintStream out) throws IOException {
        try (Demo demo = new Demo(config, out)) {
            GameClient client = args.length >= 2 ? loggedIn(demo, args[0], args[1]) : demo.newAccount("guest");
            ChatClient chat = new ChatClient(client, out);
            chat.listen();
            CharacterView hero = chat.enterTheWorld();
            out.printf("Playing %s (#%d) in location %d. %s%n", hero.name(), hero.id(), hero.locationId(), HELP);
            chat.readCommands(in);
        }
    }

    private static GameClient loggedIn(Demo demo, String username, String password) {
        GameClient client = demo.newClient();
        Await.result(client.connect(username, password));
        return client;
    }

    private void listen() {
        client.registerHandler(MessageTypes.CHAT, Chat.class, chat -> out.printf("[%s] %s (#%d): %s%n",
                chat.recipientId() == null ? chat.channel() : "whisper to #" + chat.recipientId(),
                chat.senderName(), chat.senderId(), Html.unescape(chat.content())));
        client.registerHandler(MessageTypes.NEARBY_PLAYERS, NearbyPlayers.class, nearby ->
                out.printf("* here in location %d: %s%n", nearby.locationId(), describe(nearby.players())));
        client.registerHandler(MessageTypes.PLAYER_ENTERED, PlayerPresence.class, presence ->
                out.printf("* %s (#%d) arrives%n", presence.player().characterName(), presence.player().characterId()));
        client.registerHandler(MessageTypes.PLAYER_LEFT, PlayerPresence.class, presence ->
                out.printf("* %s (#%d) leaves%n", presence.player().characterName(), presence.player().characterId()));
        client.registerErrorHandler((error, message) -> out.printf("! %s%n", error.getMessage()));
    }

    private CharacterView enterTheWorld() {
        List<CharacterView> characters = Await.result(client.listCharacters());
        CharacterView hero = characters.isEmpty()
                ? Await.result(client.createCharacter("Wanderer " + Long.toString(System.nanoTime() % 100_000, 36),
                        Await.result(client.getFactions()).get(0)))
                : characters.get(0);
        return Await.result(client.selectCharacter(hero.id()));
    }

    private void readCommands(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.strip();
            if (command.equals("/quit")) {
                return;
            }
            if (!command.isEmpty()) {
                report(execute(command));
            }
        }
    }

    private CompletableFuture<Void> execute(String command) {
        String[] words = command.split("\\s+", 3);
        try {
            return switch (words[0]) {
                case "/w" -> words.length < 3 ? usage("/w <character id> <message>")
                        : client.sendWhisper(Long.parseLong(words[1]), words[2]);
                case "/move" -> words.length < 2 ? usage("/move <location id>")
                        : client.sendMove(client.localPlayer().locationId().orElseThrow(), Long.parseLong(words[1]));
                case "/who" -> {
                    out.printf("* here: %s%n", describe(client.getNearbyPlayers()));
                    yield CompletableFuture.completedFuture(null);
                }
                default -> command.startsWith("/") ? usage(HELP) : client.sendChat(Messages.CHANNEL_GLOBAL, command);
            };
        } catch (NumberFormatException notAnId) {
            return usage("ids are numbers: " + notAnId.getMessage());
        }
    }

    private void report(CompletableFuture<Void> request) {
        try {
            Await.result(request);
        } catch (MasterServerException | IllegalStateException refused) {
            out.printf("! %s%n", refused.getMessage());
        }
    }

    private CompletableFuture<Void> usage(String text) {
        out.println("? " + text);
        return CompletableFuture.completedFuture(null);
    }

    private static String describe(List<NearbyPlayer> players) {
        return players.stream().map(p -> p.characterName() + " (#" + p.characterId() + ")").toList().toString();
    }
}
