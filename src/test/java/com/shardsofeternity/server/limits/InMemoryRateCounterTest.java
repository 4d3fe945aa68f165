package com.shardsofeternity.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryRateCounterTest {

    private static final long T = 1_000_000;
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final InMemoryRateCounter counter = new InMemoryRateCounter();

    @Test
    void eventsUpToTheLimitAreAcceptedAndTheNextIsToldHowLongToWait() {
        assertThat(counter.tryAcquire("chat:1", 3, SECOND, T)).isZero();
        assertThat(counter.tryAcquire("chat:1", 3, SECOND, T + 100)).isZero();
        assertThat(counter.tryAcquire("chat:1", 3, SECOND, T + 200)).isZero();

        assertThat(counter.tryAcquire("chat:1", 3, SECOND, T + 500)).isEqualTo(500);
        assertThat(counter.tryAcquire("chat:1", 3, SECOND, T + 999)).isEqualTo(1);
        assertThat(counter.tryAcquire("chat:1", 3, SECOND, T + 1_000)).isZero();
    }

    @Test
    void theWindowSlides() {
        assertThat(counter.tryAcquire("k", 2, SECOND, T)).isZero();
        assertThat(counter.tryAcquire("k", 2, SECOND, T + 600)).isZero();
        assertThat(counter.tryAcquire("k", 2, SECOND, T + 700)).isPositive();
        assertThat(counter.tryAcquire("k", 2, SECOND, T + 1_000)).isZero();

        assertThat(counter.tryAcquire("k", 2, SECOND, T + 1_100)).isEqualTo(500);
        assertThat(counter.tryAcquire("k", 2, SECOND, T + 1_600)).isZero();
    }

    @Test
    void refusedAttemptsAreNotCounted() {
        counter.tryAcquire("k", 2, SECOND, T);
        counter.tryAcquire("k", 2, SECOND, T + 1);
        for (int i = 0; i < 50; i++) {
            assertThat(counter.tryAcquire("k", 2, SECOND, T + 500 + i)).isPositive();
        }

        assertThat(counter.tryAcquire("k", 2, SECOND, T + 1_001)).isZero();
        assertThat(counter.tryAcquire("k", 2, SECOND, T + 1_002)).isZero();
    }

    @Test
    void keysAreCountedApart() {
        counter.tryAcquire("chat:1", 1, SECOND, T);

        assertThat(counter.tryAcquire("chat:1", 1, SECOND, T)).isPositive();
        assertThat(counter.tryAcquire("chat:2", 1, SECOND, T)).isZero();
    }

    @Test
    void recordCountsEveryEventWhateverTheLimit() {
        for (int i = 0; i < 7; i++) {
            counter.record("login:user:alice", SECOND, T + i);
        }

        assertThat(counter.tryAcquire("login:user:alice", 7, SECOND, T + 10)).isEqualTo(990);
    }

    @Test
    void millisUntilBelowIsZeroWhileUnderTheLimit() {
        assertThat(counter.millisUntilBelow("unknown", 3, SECOND, T)).isZero();
        counter.record("k", SECOND, T);
        counter.record("k", SECOND, T + 100);

        assertThat(counter.millisUntilBelow("k", 3, SECOND, T + 200)).isZero();
    }

    @Test
    void millisUntilBelowAtTheLimitIsUntilTheOldestEventExpires() {
        counter.record("k", SECOND, T);
        counter.record("k", SECOND, T + 100);
        counter.record("k", SECOND, T + 200);

        assertThat(counter.millisUntilBelow("k", 3, SECOND, T + 500)).isEqualTo(500);
        assertThat(counter.millisUntilBelow("k", 3, SECOND, T + 1_000)).isZero();
    }

    @Test
    void millisUntilBelowOverTheLimitIsUntilEnoughEventsExpire() {
        for (int i = 0; i < 5; i++) {
            counter.record("k", SECOND, T + 100L * i);
        }

        long wait = counter.millisUntilBelow("k", 3, SECOND, T + 500);
        assertThat(wait).isEqualTo(700);
        assertThat(counter.millisUntilBelow("k", 3, SECOND, T + 500 + wait - 1)).isEqualTo(1);
        assertThat(counter.millisUntilBelow("k", 3, SECOND, T + 500 + wait)).isZero();
    }

    @Test
    void resetForgetsAKey() {
        counter.record("k", SECOND, T);
        counter.reset("k");

        assertThat(counter.millisUntilBelow("k", 1, SECOND, T)).isZero();
        assertThat(counter.tryAcquire("k", 1, SECOND, T)).isZero();
    }

    @Test
    void evictIdleDropsOnlyKeysWhoseEventsHaveAllExpired() {
        counter.record("a", SECOND, T);
        counter.tryAcquire("b", 5, SECOND, T + 500);

        counter.evictIdle(T + 999);
        assertThat(counter.size()).isEqualTo(2);
        counter.evictIdle(T + 1_000);
        assertThat(counter.size()).isEqualTo(1);
        counter.evictIdle(T + 1_500);
        assertThat(counter.size()).isZero();

        assertThat(counter.tryAcquire("b", 1, SECOND, T + 1_500)).isZero();
    }

    @Test
    void evictIdleKeepsAKeyWithARecentEventBehindOlderOnes() {
        counter.tryAcquire("k", 5, SECOND, T);
        counter.tryAcquire("k", 5, SECOND, T + 900);

        counter.evictIdle(T + 1_500);

        assertThat(counter.size()).isEqualTo(1);
        assertThat(counter.tryAcquire("k", 1, SECOND, T + 1_500)).isEqualTo(400);
    }
}
