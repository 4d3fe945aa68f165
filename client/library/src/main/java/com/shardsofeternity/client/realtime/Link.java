package com.shardsofeternity.client.realtime;

import java.util.concurrent.ScheduledFuture;

/**
 * One connection attempt and, once authenticated, the live connection. The session replaces it on
 * every reconnect and ignores the events of any link that is no longer current.
 */
final class Link {

    final Long resumeFromSeq;
    volatile TransportConnection connection;
    volatile boolean authenticated;
    volatile long lastReceivedNanos = System.nanoTime();
    private ScheduledFuture<?> authTimer;
    private Heartbeat heartbeat;

    Link(Long resumeFromSeq) {
        this.resumeFromSeq = resumeFromSeq;
    }

    void awaitAuthUntil(ScheduledFuture<?> timer) {
        this.authTimer = timer;
    }

    void beat(Heartbeat heartbeat) {
        this.heartbeat = heartbeat;
        heartbeat.start();
    }

    void cancelAuthTimer() {
        if (authTimer != null) {
            authTimer.cancel(false);
            authTimer = null;
        }
    }

    /** Stops this link's timers; the session stops listening to it. */
    void stopTimers() {
        cancelAuthTimer();
        if (heartbeat != null) {
            heartbeat.stop();
        }
    }
}
