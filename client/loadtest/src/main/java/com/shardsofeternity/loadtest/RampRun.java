package com.shardsofeternity.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Raises the send rate of a chat or position workload step by step, each step measured on its own
 * (sent for the step's duration, then drained), until p99 latency or loss passes its limit; reports
 * the highest step that stayed within both.
 */
final class RampRun {

    private final Options options;
    private final Api api;
    private final ServerProcess server;

    RampRun(Options options, Api api, ServerProcess server) {
        this.options = options;
        this.api = api;
        this.server = server;
    }

    Report run() {
        String kind = options.rampOf();
        if (!"chat".equals(kind) && !"position".equals(kind)) {
            throw new IllegalArgumentException("--of must be chat or position");
        }
        TrafficRun steady = new TrafficRun(options, api, server);
        Roster roster = new Roster(api, options.userPrefix(), options.password());
        List<Report> steps = new ArrayList<>();
        Report best = null;
        try (SocketBench bench = new SocketBench(options, api)) {
            int phases = options.rampSteps() + 1;
            Traffic traffic = steady.prepare(kind, bench, roster, phases);
            int[] step = {0};
            try (Pacer warmup = new Pacer();
                 Progress progress = new Progress(new LiveLine(server, traffic::arrivals,
                         () -> "step " + step[0] + " sockets " + bench.fleet().open()))) {
                warmup.start(traffic, bench.connections(), options.rate(), 0);
                TrafficRun.sleepSeconds(options.warmupSeconds());
                warmup.stop();
                for (int k = 1; k <= options.rampSteps(); k++) {
                    step[0] = k;
                    double rate = options.rate() + (k - 1) * options.rampStep();
                    Report row = step(traffic, bench, rate, k);
                    steps.add(row);
                    Console.note(String.format(Locale.ROOT, "step %d: rate %.1f, %,.0f deliveries/s, p99 %.1f ms, loss %.3f%% -> %s",
                            k, rate, row.number("achieved_per_s"), row.number("p99_ms"), row.number("loss_percent"),
                            Boolean.TRUE.equals(row.get("within_limits")) ? "ok" : "over the limit"));
                    if (!Boolean.TRUE.equals(row.get("within_limits"))) {
                        break;
                    }
                    best = row;
                }
            }
            Report report = new Report().put("workload", "ramp").put("of", kind);
            steady.describe(report, kind, traffic);
            report.put("max_p99_ms", options.maxP99Millis());
            report.put("max_loss_percent", options.maxLossPercent());
            report.put("step_duration_s", options.durationSeconds());
            report.put("highest_sustained_rate", best == null ? null : best.get("rate"));
            report.put("highest_sustained_deliveries_per_s", best == null ? null : best.get("achieved_per_s"));
            report.put("highest_sustained_p99_ms", best == null ? null : best.get("p99_ms"));
            report.put("sockets_closed_during_run", bench.fleet().closedUnexpectedly());
            report.put("server_errors", bench.errors().toString());
            report.put("steps", steps);
            return report;
        }
    }

    private Report step(Traffic traffic, SocketBench bench, double rate, int phase) {
        ResourceWindow window = new ResourceWindow(server);
        long arrivalsAtStart;
        long arrivalsAtEnd;
        try (Pacer pacer = new Pacer()) {
            window.start();
            arrivalsAtStart = traffic.arrivals();
            pacer.start(traffic, bench.connections(), rate, phase);
            TrafficRun.sleepSeconds(options.durationSeconds());
            pacer.stop();
            arrivalsAtEnd = traffic.arrivals();
            window.stop();
        }
        Delivery delivery = new TrafficRun(options, api, server).drain(traffic, phase);
        LatencyHistogram latency = traffic.phase(phase).latency();
        double p99 = latency.percentile(99) / 1000.0;
        boolean within = p99 <= options.maxP99Millis() && delivery.lossPercent() <= options.maxLossPercent();
        Report row = new Report();
        row.put("step", phase);
        row.put("rate", rate);
        row.put("expected_per_s", delivery.expected() / window.seconds());
        row.put("achieved_per_s", (arrivalsAtEnd - arrivalsAtStart) / window.seconds());
        row.put("p50_ms", latency.percentile(50) / 1000.0);
        row.put("p99_ms", p99);
        row.put("max_ms", latency.max() / 1000.0);
        row.put("loss_percent", delivery.lossPercent());
        row.put("coalesced_percent", delivery.coalescedPercent());
        if (window.serverCpuSeconds() >= 0) {
            row.put("server_cores", window.serverCpuSeconds() / window.seconds());
        }
        row.put("generator_cores", window.generatorCpuSeconds() / window.seconds());
        row.put("other_cores", window.otherCores());
        row.put("within_limits", within);
        return row;
    }
}
