package com.shardsofeternity.server.limits;

import java.time.Duration;

/** Counts events per key within a sliding time window. Implementations are thread-safe. */
public interface RateCounter {

    /**
     * Records an event for {@code key} if fewer than {@code limit} were recorded within {@code window}.
     *
     * @return 0 when recorded; otherwise the milliseconds until the oldest counted event leaves the
     *     window (the event is then not recorded, so refusals do not count)
     */
    long tryAcquire(String key, int limit, Duration window, long nowMillis);

    /** Records an event unconditionally. */
    void record(String key, Duration window, long nowMillis);

    /**
     * Milliseconds until fewer than {@code limit} events are within the window, or 0 when there
     * already are.
     */
    long millisUntilBelow(String key, int limit, Duration window, long nowMillis);

    /** Forgets every event of {@code key}. */
    void reset(String key);
}
