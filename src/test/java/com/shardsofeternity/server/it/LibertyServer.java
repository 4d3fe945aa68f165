package com.shardsofeternity.server.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stops and starts the integration-test server with Liberty's own script, for durability tests. */
public final class LibertyServer {

    private static final String SERVER = "sote-it";

    private LibertyServer() {
    }

    public static void restart() throws IOException, InterruptedException {
        run("stop");
        run("start");
        awaitReady(Duration.ofSeconds(120));
    }

    private static void run(String action) throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " did not finish");
        }
    }

    /** Waits until the readiness check is UP (the application and its database are serving). */
    public static void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(Api.baseUrl() + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && Api.get("/api/world/state", null).status() == 200) {
                    return;
                }
            } catch (IOException | RuntimeException notYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not become ready within " + timeout);
    }
}
