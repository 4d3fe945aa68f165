package com.shardsofeternity.server.realtime;

/** Counts what became of one message on each of the sockets it was offered to. Not thread-safe. */
public final class DeliveryTally {

    private int queued;
    private int coalesced;
    private int dropped;
    private int overflowed;

    public void count(OutboundQueue.Offer offer) {
        switch (offer) {
            case QUEUED -> queued++;
            case COALESCED -> coalesced++;
            case DROPPED -> dropped++;
            case OVERFLOW -> overflowed++;
            case CLOSED -> { }
        }
    }

    public int queued() {
        return queued;
    }

    public int coalesced() {
        return coalesced;
    }

    public int dropped() {
        return dropped;
    }

    public int overflowed() {
        return overflowed;
    }
}
