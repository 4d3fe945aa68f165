package com.shardsofeternity.loadtest;

import java.util.concurrent.atomic.LongAdder;

/**
 * What happened to the messages sent during one phase of a run (the warm-up, the measurement, a ramp
 * step), whenever they arrive: how many were sent, delivered and seen twice, and their latency from
 * send to receipt.
 */
public final class PhaseStats {

    private final LongAdder sent = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LatencyHistogram latency = new LatencyHistogram();

    public void sent() {
        sent.increment();
    }

    public void delivered(long latencyMicros) {
        delivered.increment();
        latency.record(latencyMicros);
    }

    public void duplicate() {
        duplicates.increment();
    }

    public long sentCount() {
        return sent.sum();
    }

    public long deliveredCount() {
        return delivered.sum();
    }

    public long duplicateCount() {
        return duplicates.sum();
    }

    public LatencyHistogram latency() {
        return latency;
    }
}
