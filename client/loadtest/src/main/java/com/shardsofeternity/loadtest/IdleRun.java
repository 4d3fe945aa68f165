package com.shardsofeternity.loadtest;

import java.util.List;

/**
 * Holds authenticated sockets open and quiet (answering the server's pings) and reports what they
 * cost the server: heap after a full GC and resident memory, before connecting and after holding,
 * divided by the number of sockets.
 */
final class IdleRun {

    private final Options options;
    private final Api api;
    private final ServerProcess server;

    IdleRun(Options options, Api api, ServerProcess server) {
        this.options = options;
        this.api = api;
        this.server = server;
    }

    Report run() {
        Roster roster = new Roster(api, options.userPrefix(), options.password());
        List<Player> players = roster.ready(options.clients(), options.selectCharacters());
        Footprint before = Footprint.take(options, api, server);
        GameConnection.FrameListener quiet = (connection, frame, receivedNanos) -> { };
        try (Fleet fleet = new Fleet(options.socketUri(), options.ioThreads())) {
            long connectStart = System.nanoTime();
            fleet.connect(players, quiet, options.connectConcurrency());
            double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
            ResourceWindow window = new ResourceWindow(server);
            window.start();
            try (Progress progress = new Progress(() -> String.format(java.util.Locale.ROOT,
                    "holding %,d sockets, %,d open | server RSS %,.0f MB",
                    players.size(), fleet.open(), server.residentBytes() / 1048576.0))) {
                TrafficRun.sleepSeconds(options.durationSeconds());
            }
            window.stop();
            int openAtEnd = fleet.open();
            Footprint after = Footprint.take(options, api, server);
            Report report = new Report().put("workload", "idle");
            report.put("clients", players.size());
            report.put("characters_selected", options.selectCharacters());
            report.put("held_s", options.durationSeconds());
            report.put("sockets_open_at_end", openAtEnd);
            report.put("connect_s", connectSeconds);
            report.put("connects_per_s", players.size() / connectSeconds);
            report.put("heap_measured_after_gc", before.afterGc() && after.afterGc());
            report.put("server_heap_before_mb", before.heapBytes() / 1048576.0);
            report.put("server_heap_after_mb", after.heapBytes() / 1048576.0);
            report.put("server_rss_before_mb", before.residentBytes() / 1048576.0);
            report.put("server_rss_after_mb", after.residentBytes() / 1048576.0);
            report.put("server_open_files_before", before.openFiles());
            report.put("server_open_files_after", after.openFiles());
            report.put("heap_per_socket_kb", (after.heapBytes() - before.heapBytes()) / 1024.0 / players.size());
            report.put("rss_per_socket_kb", (after.residentBytes() - before.residentBytes()) / 1024.0 / players.size());
            report.put("server_threads", server.threads());
            window.addTo(report);
            return report;
        }
    }

    /** The server's memory at one moment. */
    record Footprint(long heapBytes, long residentBytes, int openFiles, boolean afterGc) {

        static Footprint take(Options options, Api api, ServerProcess server) {
            boolean collected = options.collectGarbage() && server.collectGarbage();
            if (collected) {
                TrafficRun.sleepMillis(500);
            }
            return new Footprint(ServerMetrics.read(api).usedHeapBytes(), server.residentBytes(), server.openFiles(), collected);
        }
    }
}
