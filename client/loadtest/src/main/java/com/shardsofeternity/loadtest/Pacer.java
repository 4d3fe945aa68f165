package com.shardsofeternity.loadtest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends at a fixed rate per sender, open loop, the senders' phases spread evenly over one period so
 * the load is smooth. How late each send fired against its schedule is recorded: a generator that
 * cannot keep pace shows here, not as server latency.
 */
final class Pacer implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pacer");
        thread.setDaemon(true);
        return thread;
    });
    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    private final LatencyHistogram lateness = new LatencyHistogram();
    private volatile int phase;

    /** Starts every sender at {@code perSecond} messages a second, tagged with {@code phase}. */
    void start(Traffic traffic, List<GameConnection> connections, double perSecond, int phase) {
        this.phase = phase;
        int[] senders = traffic.senderSlots();
        long periodNanos = Math.max(1, (long) (1e9 / perSecond));
        long begin = System.nanoTime() + 20_000_000L;
        for (int i = 0; i < senders.length; i++) {
            int slot = senders[i];
            GameConnection connection = connections.get(slot);
            long offset = periodNanos * i / senders.length;
            long firstAt = begin + offset;
            long[] count = {0};
            running.add(timer.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                long due = firstAt + count[0]++ * periodNanos;
                lateness.record((now - due) / 1000);
                if (connection.isOpen()) {
                    connection.send(traffic.nextMessage(slot, this.phase, now));
                }
            }, firstAt - System.nanoTime(), periodNanos, TimeUnit.NANOSECONDS));
        }
    }

    /** Later sends carry this phase. */
    void phase(int phase) {
        this.phase = phase;
    }

    void stop() {
        for (ScheduledFuture<?> future : running) {
            future.cancel(false);
        }
        running.clear();
        try {
            timer.submit(() -> { }).get();
        } catch (Exception ignored) {
            // the timer is idle either way
        }
    }

    LatencyHistogram lateness() {
        return lateness;
    }

    @Override
    public void close() {
        stop();
        timer.shutdownNow();
    }
}
