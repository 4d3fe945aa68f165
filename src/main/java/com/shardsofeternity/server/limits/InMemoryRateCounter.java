package com.shardsofeternity.server.limits;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window counter for one node: per key, the timestamps of recent events. Keys whose events
 * have all expired are dropped by {@link #evictIdle}, which the owner calls now and then.
 */
@jakarta.enterprise.context.ApplicationScoped
@jakarta.enterprise.inject.Typed(InMemoryRateCounter.class)
public class InMemoryRateCounter implements RateCounter {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    public long tryAcquire(String key, int limit, Duration window, long nowMillis) {
        Window events = windows.computeIfAbsent(key, k -> new Window());
        synchronized (events) {
            events.expire(nowMillis - window.toMillis());
            if (events.times.size() >= limit) {
                return Math.max(1, events.times.peekFirst() + window.toMillis() - nowMillis);
            }
            events.times.addLast(nowMillis);
            events.horizon = nowMillis + window.toMillis();
            return 0;
        }
    }

    @Override
    public void record(String key, Duration window, long nowMillis) {
        Window events = windows.computeIfAbsent(key, k -> new Window());
        synchronized (events) {
            events.expire(nowMillis - window.toMillis());
            events.times.addLast(nowMillis);
            events.horizon = nowMillis + window.toMillis();
        }
    }

    @Override
    public long millisUntilBelow(String key, int limit, Duration window, long nowMillis) {
        Window events = windows.get(key);
        if (events == null) {
            return 0;
        }
        synchronized (events) {
            events.expire(nowMillis - window.toMillis());
            int excess = events.times.size() - limit;
            if (excess < 0) {
                return 0;
            }
            Iterator<Long> oldestFirst = events.times.iterator();
            long freeing = 0;
            for (int i = 0; i <= excess && oldestFirst.hasNext(); i++) {
                freeing = oldestFirst.next();
            }
            return Math.max(1, freeing + window.toMillis() - nowMillis);
        }
    }

    @Override
    public void reset(String key) {
        windows.remove(key);
    }

    /** Drops keys with no event left in their window. */
    public void evictIdle(long nowMillis) {
        windows.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().horizon <= nowMillis;
            }
        });
    }

    /** Keys currently tracked; for tests and metrics. */
    public int size() {
        return windows.size();
    }

    private static final class Window {
        final ArrayDeque<Long> times = new ArrayDeque<>();
        long horizon;

        void expire(long cutoff) {
            while (!times.isEmpty() && times.peekFirst() <= cutoff) {
                times.pollFirst();
            }
        }
    }
}
