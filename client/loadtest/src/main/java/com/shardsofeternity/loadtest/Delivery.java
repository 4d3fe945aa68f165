package com.shardsofeternity.loadtest;

/**
 * The delivery accounting of one phase, once its messages had time to arrive: every expected delivery
 * was either delivered, coalesced (never delivered, but the receiver got a newer update from the same
 * sender, as the protocol allows for {@code location_update}) or lost.
 */
public record Delivery(long sent, long expected, long delivered, long coalesced, long lost, long duplicates) {

    /** Builds the accounting when nothing may be coalesced: whatever did not arrive is lost. */
    public static Delivery uncoalesced(long sent, long expected, long delivered, long duplicates) {
        return new Delivery(sent, expected, delivered, 0, Math.max(0, expected - delivered), duplicates);
    }

    public double lossPercent() {
        return expected == 0 ? 0 : 100.0 * lost / expected;
    }

    public double coalescedPercent() {
        return expected == 0 ? 0 : 100.0 * coalesced / expected;
    }

    public boolean complete() {
        return delivered + coalesced >= expected;
    }
}
