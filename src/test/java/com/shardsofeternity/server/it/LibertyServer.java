package com.shardsofeternity.server.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Stops and starts the integration-test server with Liberty's own script, for durability tests. */
public final class LibertyServer {

    private static final String SERVER = "sote-it";
    /** {@code server stop} answers 1 when the server was not running, which is as good as stopped. */
    private static final Set<Integer> STOPPED = Set.of(0, 1);
    private static final Set<Integer> STARTED = Set.of(0);

    private LibertyServer() {
    }

    public static void restart() throws IOException, InterruptedException {
        run("stop", STOPPED);
        run("start", STARTED);
        awaitReady(Duration.ofSeconds(120));
    }

    private static void run(String action, Set<Integer> success) throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
        Path log = Files.createTempFile("liberty-" + action, ".log");
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, SERVER)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + action + " did not finish within 180 s");
            }
            if (!success.contains(process.exitValue())) {
                throw new IllegalStateException("server " + action + " failed with " + process.exitValue() + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Waits until the readiness check is UP (the application and its database are serving). */
    public static void awaitReady(Duration timeout) throws InterruptedException {
        awaitReady(Api.baseUrl(), timeout);
    }

    /** Waits until the server at {@code baseUrl} is serving: its readiness check is UP and it answers the world state. */
    public static void awaitReady(String baseUrl, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (status(http, baseUrl + "/health/ready") == 200 && status(http, baseUrl + "/api/world/state") == 200) {
                    return;
                }
            } catch (IOException | RuntimeException notYet) {
                // not listening yet, or still starting the application
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server at " + baseUrl + " did not become ready within " + timeout);
    }

    private static int status(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
