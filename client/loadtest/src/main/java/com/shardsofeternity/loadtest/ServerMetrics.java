package com.shardsofeternity.loadtest;

import java.net.http.HttpResponse;

/** Figures read from the server's Prometheus endpoint, {@code /metrics}. */
final class ServerMetrics {

    private final String text;

    private ServerMetrics(String text) {
        this.text = text;
    }

    static ServerMetrics read(Api api) {
        try {
            HttpResponse<String> response = api.get("/metrics");
            return new ServerMetrics(response.statusCode() == 200 ? response.body() : "");
        } catch (RuntimeException unavailable) {
            return new ServerMetrics("");
        }
    }

    long usedHeapBytes() {
        return (long) value("memory_usedHeap_bytes");
    }

    long framesDropped() {
        return (long) value("sote_ws_frames_dropped_total");
    }

    long framesCoalesced() {
        return (long) value("sote_ws_frames_coalesced_total");
    }

    long queueOverflows() {
        return (long) value("sote_ws_queue_overflows_total");
    }

    /** The sum of every sample of the metric (all its label sets), or -1 when it is absent. */
    double value(String name) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            if (line.startsWith(name) && line.length() > name.length()
                    && (line.charAt(name.length()) == '{' || line.charAt(name.length()) == ' ')) {
                String number = line.substring(line.lastIndexOf(' ') + 1);
                try {
                    sum += Double.parseDouble(number);
                    found = true;
                } catch (NumberFormatException ignored) {
                    // a sample we cannot read does not count
                }
            }
        }
        return found ? sum : -1;
    }
}
