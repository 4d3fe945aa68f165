package com.shardsofeternity.loadtest;

/**
 * A chat or position workload at a steady rate: warm up, measure for the duration, stop sending, wait
 * for late deliveries, and report. Latency and loss count the messages sent during the measurement;
 * the achieved rate counts deliveries that arrived during it.
 */
final class TrafficRun {

    static final int WARMUP = 0;
    static final int MEASURED = 1;

    private final Options options;
    private final Api api;
    private final ServerProcess server;
    private volatile boolean measuring;

    TrafficRun(Options options, Api api, ServerProcess server) {
        this.options = options;
        this.api = api;
        this.server = server;
    }

    Report run(String kind) {
        Roster roster = new Roster(api, options.userPrefix(), options.password());
        try (SocketBench bench = new SocketBench(options, api)) {
            Traffic traffic = prepare(kind, bench, roster, 2);
            LoginLoad logins = null;
            if (options.loginClients() > 0) {
                logins = LoginLoad.of(options, api);
                logins.prepare();
            }
            ResourceWindow window = new ResourceWindow(server);
            ServerMetrics before;
            long arrivalsAtStart;
            long arrivalsAtEnd;
            long framesAtStart;
            long framesAtEnd;
            LatencyHistogram lateness;
            try (Pacer pacer = new Pacer();
                 Progress progress = new Progress(new LiveLine(server, traffic::arrivals,
                         () -> phaseName(traffic) + " sockets " + bench.fleet().open()))) {
                pacer.start(traffic, bench.connections(), options.rate(), WARMUP);
                sleepSeconds(options.warmupSeconds());
                before = ServerMetrics.read(api);
                if (logins != null) {
                    logins.start();
                }
                window.start();
                arrivalsAtStart = traffic.arrivals();
                framesAtStart = bench.frames();
                pacer.phase(MEASURED);
                measuring = true;
                sleepSeconds(options.durationSeconds());
                pacer.stop();
                arrivalsAtEnd = traffic.arrivals();
                framesAtEnd = bench.frames();
                window.stop();
                measuring = false;
                if (logins != null) {
                    logins.stop();
                }
                lateness = pacer.lateness();
            }
            Delivery delivery = drain(traffic, MEASURED);
            ServerMetrics after = ServerMetrics.read(api);
            Report report = new Report().put("workload", kind);
            describe(report, kind, traffic);
            long arrivals = arrivalsAtEnd - arrivalsAtStart;
            addDelivery(report, delivery, window.seconds(), arrivals);
            addLatency(report, traffic.phase(MEASURED).latency());
            long frames = framesAtEnd - framesAtStart;
            report.put("frames_received_per_s", frames / window.seconds());
            report.put("deliveries_per_frame", frames == 0 ? 0.0 : (double) arrivals / frames);
            addCosts(report, window, arrivals);
            report.put("server_rss_mb", server.residentBytes() / 1048576.0);
            report.put("server_heap_used_mb", after.usedHeapBytes() / 1048576.0);
            report.put("server_frames_coalesced", after.framesCoalesced() - before.framesCoalesced());
            report.put("server_frames_dropped", after.framesDropped() - before.framesDropped());
            report.put("server_queue_overflows", after.queueOverflows() - before.queueOverflows());
            report.put("generator_send_lateness_p99_ms", lateness.percentile(99) / 1000.0);
            report.put("sockets_closed_during_run", bench.fleet().closedUnexpectedly());
            report.put("server_errors", bench.errors().toString());
            if (logins != null) {
                logins.addTo(report, "logins_", window.seconds());
            }
            window.addTo(report);
            return report;
        }
    }

    private String phaseName(Traffic traffic) {
        return measuring ? "measuring" : "warming up";
    }

    /** Logs in, connects and places the players, and returns the traffic that accounts for their frames. */
    Traffic prepare(String kind, SocketBench bench, Roster roster, int phases) {
        bench.connect(roster, options.clients());
        long epoch = System.nanoTime();
        if ("position".equals(kind)) {
            bench.spreadOver(options.locations());
            return bench.measure(players -> new PositionTraffic(players, phases, epoch));
        }
        return bench.measure(players -> new ChatTraffic(players, options.senders(), phases, epoch));
    }

    void describe(Report report, String kind, Traffic traffic) {
        report.put("clients", options.clients());
        if ("position".equals(kind)) {
            report.put("locations", options.locations());
            report.put("rate_hz_per_client", options.rate());
        } else {
            report.put("senders", options.senders());
            report.put("rate_per_sender", options.rate());
        }
        report.put("fan_out", traffic.fanOut());
    }

    /** Waits until nothing of the phase is missing any more, or the drain time is up. */
    Delivery drain(Traffic traffic, int phase) {
        long deadline = System.nanoTime() + options.drainSeconds() * 1_000_000_000L;
        Delivery delivery = traffic.delivery(phase);
        while (delivery.lost() > 0 && System.nanoTime() < deadline) {
            sleepMillis(100);
            delivery = traffic.delivery(phase);
        }
        return delivery;
    }

    static void addDelivery(Report report, Delivery delivery, double seconds, long arrivals) {
        report.put("messages_sent", delivery.sent());
        report.put("deliveries_expected", delivery.expected());
        report.put("deliveries_received", delivery.delivered());
        report.put("deliveries_coalesced", delivery.coalesced());
        report.put("deliveries_lost", delivery.lost());
        report.put("loss_percent", delivery.lossPercent());
        report.put("coalesced_percent", delivery.coalescedPercent());
        report.put("duplicates", delivery.duplicates());
        report.put("expected_deliveries_per_s", delivery.expected() / seconds);
        report.put("achieved_deliveries_per_s", arrivals / seconds);
    }

    static void addLatency(Report report, LatencyHistogram latency) {
        report.put("latency_p50_ms", latency.percentile(50) / 1000.0);
        report.put("latency_p99_ms", latency.percentile(99) / 1000.0);
        report.put("latency_p999_ms", latency.percentile(99.9) / 1000.0);
        report.put("latency_max_ms", latency.max() / 1000.0);
    }

    static void addCosts(Report report, ResourceWindow window, long arrivals) {
        if (window.serverCpuSeconds() >= 0 && arrivals > 0) {
            report.put("server_cpu_us_per_delivery", window.serverCpuSeconds() * 1e6 / arrivals);
        }
        if (arrivals > 0) {
            report.put("generator_cpu_us_per_delivery", window.generatorCpuSeconds() * 1e6 / arrivals);
        }
    }

    static void sleepSeconds(double seconds) {
        sleepMillis((long) (seconds * 1000));
    }

    static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }
}
