package com.shardsofeternity.client.realtime;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps one connection alive and notices when it is dead: pings every interval, and declares the link
 * silent when nothing at all has arrived for three intervals (the same rule the server applies), which
 * catches half-open TCP connections that would otherwise never report a close.
 */
final class Heartbeat {

    static final int SILENT_INTERVALS = 3;

    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final LongSupplier lastReceivedNanos;
    private final Runnable sendPing;
    private final Runnable onSilence;
    private ScheduledFuture<?> ticks;

    Heartbeat(ScheduledExecutorService scheduler, Duration interval, LongSupplier lastReceivedNanos,
              Runnable sendPing, Runnable onSilence) {
        this.scheduler = scheduler;
        this.interval = interval;
        this.lastReceivedNanos = lastReceivedNanos;
        this.sendPing = sendPing;
        this.onSilence = onSilence;
    }

    synchronized void start() {
        long period = interval.toNanos();
        ticks = scheduler.scheduleAtFixedRate(this::tick, period, period, TimeUnit.NANOSECONDS);
    }

    synchronized void stop() {
        if (ticks != null) {
            ticks.cancel(false);
            ticks = null;
        }
    }

    private void tick() {
        if (System.nanoTime() - lastReceivedNanos.getAsLong() > SILENT_INTERVALS * interval.toNanos()) {
            stop();
            onSilence.run();
        } else {
            sendPing.run();
        }
    }
}
