package com.shardsofeternity.examples;

import com.shardsofeternity.client.ClientConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The examples of the client library, against the server named by {@code MASTER_SERVER_URL} (default
 * {@code http://localhost:8888}). Without arguments it shows a menu; {@code <number>} runs one entry
 * and exits (non-zero when it failed); {@code chat [username password]} starts the chat client.
 */
public final class ExamplesMenu {

    private static final List<Example> EXAMPLES = List.of(
            new SimpleConnectionExample(),
            new HandlersExample(),
            new ChattingClientsExample(),
            new CharacterManagementExample(),
            new WorldStateExample(),
            new PartyExample(),
            new CombatSimulationExample(),
            new RunningTheServerExample());
    private static final int CHAT_CLIENT = EXAMPLES.size() + 1;

    private ExamplesMenu() {
    }

    public static void main(String[] args) throws IOException {
        ClientConfig config = ClientConfig.fromEnvironment();
        PrintStream out = System.out;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (args.length > 0 && args[0].equals("chat")) {
            ChatClient.run(Arrays.copyOfRange(args, 1, args.length), config, in, out);
        } else if (args.length > 0) {
            System.exit(runEntry(args[0], config, in, out) ? 0 : 1);
        } else {
            showMenu(config, in, out);
        }
    }

    private static void showMenu(ClientConfig config, BufferedReader in, PrintStream out) throws IOException {
        while (true) {
            out.printf("%nShards of Eternity client examples (server %s)%n", config.serverUrl());
            for (int i = 0; i < EXAMPLES.size(); i++) {
                out.printf("  %d. %s%n", i + 1, EXAMPLES.get(i).title());
            }
            out.printf("  %d. Command-line chat client%n  0. Quit%nChoice: ", CHAT_CLIENT);
            String choice = in.readLine();
            if (choice == null || choice.strip().equals("0") || choice.strip().equalsIgnoreCase("q")) {
                return;
            }
            runEntry(choice.strip(), config, in, out);
        }
    }

    /** Runs the entry numbered {@code choice}; false when it failed or does not exist. */
    private static boolean runEntry(String choice, ClientConfig config, BufferedReader in, PrintStream out)
            throws IOException {
        int number;
        try {
            number = Integer.parseInt(choice);
        } catch (NumberFormatException notANumber) {
            number = -1;
        }
        if (number == CHAT_CLIENT) {
            ChatClient.run(new String[0], config, in, out);
            return true;
        }
        if (number < 1 || number > EXAMPLES.size()) {
            out.printf("No example %s: choose 1-%d%n", choice, CHAT_CLIENT);
            return false;
        }
        Example example = EXAMPLES.get(number - 1);
        out.printf("%n== %d. %s ==%n", number, example.title());
        try (Demo demo = new Demo(config, out)) {
            example.run(demo);
            out.printf("== done ==%n");
            return true;
        } catch (Exception failure) {
            out.printf("The example failed: %s%n", failure);
            out.printf("Is the server running at %s? Example %d prints how to start it.%n",
                    config.serverUrl(), EXAMPLES.size());
            return false;
        }
    }
}
