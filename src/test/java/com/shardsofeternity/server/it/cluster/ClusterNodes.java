package com.shardsofeternity.server.it.cluster;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Two Liberty servers of this build ({@code sote-node-a}, {@code sote-node-b}, created by the
 * integration-tests profile) running as one cluster on the machine's PostgreSQL and Redis, in a
 * database and a Redis namespace of their own that are removed afterwards.
 */
final class ClusterNodes implements AutoCloseable {

    static final String POSTGRES_URL = System.getProperty("it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String POSTGRES_USER = System.getProperty("it.postgres.user", "postgres");
    static final String REDIS_URL = System.getProperty("it.redis.url", "redis://127.0.0.1:6379");
    /** The account both nodes give the {@code admin} role (ADMIN_USERNAMES). */
    static final String OPERATOR = "cl_admin";

    record Node(String server, String name, int httpPort, int httpsPort) {
        String baseUrl() {
            return "http://localhost:" + httpPort;
        }
    }

    final Node a = new Node("sote-node-a", "node-a", Integer.getInteger("it.node.a.port", 19901),
            Integer.getInteger("it.node.a.https.port", 19902));
    final Node b = new Node("sote-node-b", "node-b", Integer.getInteger("it.node.b.port", 19911),
            Integer.getInteger("it.node.b.https.port", 19912));
    final String database = "sote_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final String namespace = "sote-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Path wlp = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));

    void start() throws Exception {
        try (Connection postgres = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement sql = postgres.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        configure(a);
        configure(b);
        // The first node creates the schema and seeds the world; the second joins an existing cluster.
        start(a);
        awaitReady(a, Duration.ofSeconds(240));
        start(b);
        awaitReady(b, Duration.ofSeconds(240));
    }

    private void configure(Node node) throws IOException {
        Map<String, String> env = Map.ofEntries(
                Map.entry("DB_KIND", "postgresql"),
                Map.entry("DB_NAME", database),
                Map.entry("DB_HOST", "127.0.0.1"),
                Map.entry("DB_USER", POSTGRES_USER),
                Map.entry("CLUSTER_ENABLED", "true"),
                Map.entry("REDIS_URL", REDIS_URL),
                Map.entry("CLUSTER_NAMESPACE", namespace),
                Map.entry("NODE_NAME", node.name()),
                Map.entry("MASTER_SERVER_PORT", Integer.toString(node.httpPort())),
                Map.entry("MASTER_SERVER_HTTPS_PORT", Integer.toString(node.httpsPort())),
                Map.entry("WORLD_CLOCK_INTERVAL_SECONDS", "1"),
                Map.entry("ADMIN_USERNAMES", OPERATOR),
                Map.entry("ADMIN_PASSWORD", UUID.randomUUID().toString()));
        StringBuilder serverEnv = new StringBuilder();
        env.forEach((key, value) -> serverEnv.append(key).append('=').append(value).append('\n'));
        Files.writeString(serverDir(node).resolve("server.env"), serverEnv.toString());
    }

    void start(Node node) throws IOException, InterruptedException {
        run(node, "start");
    }

    /** Kills the node's JVM without letting it shut down: a crash, not a stop. */
    void kill(Node node) {
        String installation = wlp.toAbsolutePath().normalize().toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(" " + node.server())
                        && c.contains("ws-server.jar") && c.contains(installation)).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    void awaitReady(Node node, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(node.server() + " did not become ready within " + timeout
                + "; see " + serverDir(node).resolve("logs/messages.log"));
    }

    @Override
    public void close() throws Exception {
        for (Node node : new Node[] {a, b}) {
            try {
                run(node, "stop");
            } catch (IOException | RuntimeException alreadyDown) {
                // a killed node has nothing to stop
            }
        }
        try (RedisClient client = RedisClient.create(REDIS_URL);
             StatefulRedisConnection<String, String> redis = client.connect()) {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = redis.sync().scan(cursor, ScanArgs.Builder.matches(namespace + ":*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    redis.sync().del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        }
        try (Connection postgres = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement sql = postgres.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
        } catch (SQLException cleanupFailed) {
            // leave it; the name is unique and harmless
        }
    }

    private Path serverDir(Node node) {
        return wlp.resolve("usr/servers").resolve(node.server());
    }

    private void run(Node node, String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, node.server())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + node.server() + " did not finish");
        }
    }
}
