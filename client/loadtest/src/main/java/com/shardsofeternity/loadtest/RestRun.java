package com.shardsofeternity.loadtest;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * REST throughput: closed-loop {@code GET /api/world/state} from {@code clients} concurrent loops,
 * then closed-loop logins from {@code login-clients} loops; each phase measured on its own.
 */
final class RestRun {

    private final Options options;
    private final Api api;
    private final ServerProcess server;

    RestRun(Options options, Api api, ServerProcess server) {
        this.options = options;
        this.api = api;
        this.server = server;
    }

    Report run() {
        Report report = new Report().put("workload", "rest");
        report.put("world_state_clients", options.clients());
        worldState(report);
        if (options.loginClients() > 0) {
            logins(report);
        }
        return report;
    }

    private void worldState(Report report) {
        HttpRequest request = HttpRequest.newBuilder(api.uri("/api/world/state")).GET().build();
        LatencyHistogram latency = new LatencyHistogram();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> loops = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            Thread loop = new Thread(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = api.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (measuring.get()) {
                            if (response.statusCode() == 200) {
                                ok.increment();
                                latency.record((System.nanoTime() - started) / 1000);
                            } else {
                                failed.increment();
                            }
                        }
                    } catch (IOException unreachable) {
                        failed.increment();
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }, "world-state-" + i);
            loop.setDaemon(true);
            loops.add(loop);
            loop.start();
        }
        ResourceWindow window = new ResourceWindow(server);
        try (Progress progress = new Progress(new LiveLine(server, ok::sum, () -> measuring.get() ? "world state" : "warming up"))) {
            TrafficRun.sleepSeconds(options.warmupSeconds());
            window.start();
            measuring.set(true);
            TrafficRun.sleepSeconds(options.durationSeconds());
            measuring.set(false);
            window.stop();
            running.set(false);
        }
        for (Thread loop : loops) {
            try {
                loop.join(10_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        double seconds = window.seconds();
        report.put("world_state_requests", ok.sum());
        report.put("world_state_per_s", ok.sum() / seconds);
        report.put("world_state_failed", failed.sum());
        report.put("world_state_p50_ms", latency.percentile(50) / 1000.0);
        report.put("world_state_p99_ms", latency.percentile(99) / 1000.0);
        report.put("world_state_max_ms", latency.max() / 1000.0);
        if (window.serverCpuSeconds() >= 0 && ok.sum() > 0) {
            report.put("world_state_server_cpu_us_per_request", window.serverCpuSeconds() * 1e6 / ok.sum());
        }
        report.put("world_state_generator_cpu_cores", window.generatorCpuSeconds() / seconds);
        report.put("world_state_server_cpu_cores", window.serverCpuSeconds() / seconds);
        report.put("world_state_other_cpu_cores", window.otherCores());
        report.put("world_state_load_average", Machine.loadAverage());
    }

    private void logins(Report report) {
        LoginLoad logins = LoginLoad.of(options, api);
        logins.prepare();
        ResourceWindow window = new ResourceWindow(server);
        window.start();
        logins.start();
        try (Progress progress = new Progress(() -> "logging in for " + options.durationSeconds() + " s")) {
            TrafficRun.sleepSeconds(options.durationSeconds());
        }
        logins.stop();
        window.stop();
        logins.addTo(report, "logins_", window.seconds());
        report.put("logins_server_cpu_cores", window.serverCpuSeconds() / window.seconds());
        report.put("logins_other_cpu_cores", window.otherCores());
    }
}
