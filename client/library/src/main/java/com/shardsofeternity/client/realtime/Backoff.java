package com.shardsofeternity.client.realtime;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: exponential growth with a cap, and jitter so that many clients dropped by the
 * same server restart do not come back in lockstep.
 *
 * <p>Attempt {@code n} (from 0) has the ceiling {@code min(max, initial × 2ⁿ)}; the delay is drawn
 * from {@code [ceiling × (1 − jitter), ceiling]}. A jitter of 1 is "full jitter", 0 is no randomness.
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
        }
    }

    /** The largest delay attempt {@code attempt} may wait. */
    public Duration ceiling(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative: " + attempt);
        }
        double grown = initial.toNanos() * Math.pow(2, Math.min(attempt, 62));
        return grown >= max.toNanos() ? max : Duration.ofNanos((long) grown);
    }

    /** The delay before attempt {@code attempt}. */
    public Duration delay(int attempt, RandomGenerator random) {
        long ceiling = ceiling(attempt).toNanos();
        double randomShare = jitter * random.nextDouble();
        return Duration.ofNanos(Math.max(0, Math.round(ceiling * (1 - randomShare))));
    }
}
