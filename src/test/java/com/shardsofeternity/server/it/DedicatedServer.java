package com.shardsofeternity.server.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of this build that one test class has to itself, for settings the shared server
 * must not have (short time limits, say). The integration-tests profile creates it and deploys the
 * application into it, as it does the cluster nodes, and reserves its ports; the test class starts it
 * with its own settings, in single-node mode on a fresh embedded database, and stops it afterwards.
 */
public final class DedicatedServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final String name;
    private final int httpPort;
    private final Path wlp = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));

    private DedicatedServer(String name, int httpPort) {
        this.name = name;
        this.httpPort = httpPort;
    }

    /**
     * Starts the server {@code name} on the given ports with {@code settings} (environment variables of
     * the README's configuration table) and waits until it serves.
     */
    public static DedicatedServer start(String name, int httpPort, int httpsPort, Map<String, String> settings)
            throws IOException, InterruptedException {
        DedicatedServer server = new DedicatedServer(name, httpPort);
        Map<String, String> env = new LinkedHashMap<>(settings);
        env.put("MASTER_SERVER_PORT", Integer.toString(httpPort));
        env.put("MASTER_SERVER_HTTPS_PORT", Integer.toString(httpsPort));
        env.put("DB_KIND", "derby");
        env.putIfAbsent("ADMIN_PASSWORD", UUID.randomUUID().toString());
        server.configure(env);
        server.run("start");
        try {
            LibertyServer.awaitReady(server.baseUrl(), START_LIMIT);
        } catch (IllegalStateException notServing) {
            server.close();
            throw new IllegalStateException(notServing.getMessage() + "; see "
                    + server.serverDir().resolve("logs/messages.log"), notServing);
        }
        return server;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Stops the server; its logs stay in its directory under {@code target/liberty}. */
    @Override
    public void close() throws IOException, InterruptedException {
        run("stop");
    }

    /** Writes the server's environment, and removes the database of an earlier run so that the world is new. */
    private void configure(Map<String, String> env) throws IOException {
        Path dir = serverDir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " does not exist: the integration-tests profile creates it");
        }
        StringBuilder serverEnv = new StringBuilder();
        env.forEach((key, value) -> serverEnv.append(key).append('=').append(value).append('\n'));
        Files.writeString(dir.resolve("server.env"), serverEnv.toString());
        deleteTree(dir.resolve("data"));
    }

    private Path serverDir() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    private void run(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + name + " did not finish within " + START_LIMIT);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
