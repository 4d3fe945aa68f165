package com.shardsofeternity.client.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration INITIAL = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(5);

    /** A generator that always answers {@code value}, to pin the jitter to its extremes. */
    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void ceilingDoublesFromTheInitialDelayUntilTheCap() {
        Backoff backoff = new Backoff(INITIAL, MAX, 1.0);
        assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofMillis(1600));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.ceiling(6)).isEqualTo(MAX);
        assertThat(backoff.ceiling(1_000)).isEqualTo(MAX);
        assertThat(backoff.ceiling(Integer.MAX_VALUE)).isEqualTo(MAX);
    }

    @Test
    void fullJitterSpansZeroToTheCeilingAndNeverExceedsIt() {
        Backoff backoff = new Backoff(INITIAL, MAX, 1.0);
        assertThat(backoff.delay(3, fixed(0.0))).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.delay(3, fixed(0.999_999))).isLessThan(Duration.ofMillis(1));
        Random random = new Random(42);
        for (int attempt = 0; attempt < 40; attempt++) {
            for (int i = 0; i < 50; i++) {
                Duration delay = backoff.delay(attempt, random);
                assertThat(delay).isBetween(Duration.ZERO, backoff.ceiling(attempt));
                assertThat(delay).isLessThanOrEqualTo(MAX);
            }
        }
    }

    @Test
    void jitterActuallyVariesTheDelay() {
        Backoff backoff = new Backoff(INITIAL, MAX, 1.0);
        Random random = new Random(7);
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            seen.add(backoff.delay(4, random));
        }
        assertThat(seen).hasSizeGreaterThan(10);
    }

    @Test
    void partialJitterKeepsAFloor() {
        Backoff backoff = new Backoff(INITIAL, MAX, 0.25);
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(2, random)).isBetween(Duration.ofMillis(300), Duration.ofMillis(400));
        }
    }

    @Test
    void zeroJitterIsDeterministic() {
        Backoff backoff = new Backoff(INITIAL, MAX, 0.0);
        assertThat(backoff.delay(2, new Random())).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delay(30, new Random())).isEqualTo(MAX);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, MAX, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(MAX, INITIAL, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(INITIAL, MAX, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(INITIAL, MAX, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(INITIAL, MAX, 1).ceiling(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
