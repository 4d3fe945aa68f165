package com.shardsofeternity.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    private static final long NOW = Instant.parse("2026-11-26T10:00:00Z").toEpochMilli();

    @Test
    void idsWithinOneMillisecondKeepIncreasingEvenPastTheCounter() {
        MessageIds ids = new MessageIds(5);
        long previous = ids.next(NOW);
        for (int i = 0; i < 3 * 4096; i++) {
            long next = ids.next(NOW);
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void idsKeepIncreasingWhenTheClockGoesBack() {
        MessageIds ids = new MessageIds(5);
        long first = ids.next(NOW);

        assertThat(ids.next(NOW - 10_000)).isGreaterThan(first);
    }

    @Test
    void idsOrderByTimeAcrossNodes() {
        MessageIds a = new MessageIds(1_023);
        MessageIds b = new MessageIds(0);
        long earlier = a.next(NOW);
        for (int i = 0; i < 100; i++) {
            a.next(NOW);
        }

        assertThat(b.next(NOW + 1)).isGreaterThan(earlier);
        assertThat(a.next(NOW + 1)).isGreaterThan(earlier);
    }

    @Test
    void nodesOfTheSameMillisecondNeverCollide() {
        Set<Long> seen = new HashSet<>();
        for (int node = 0; node < 1_024; node++) {
            MessageIds ids = new MessageIds(node);
            for (int i = 0; i < 4; i++) {
                assertThat(seen.add(ids.next(NOW))).isTrue();
            }
        }
    }

    @Test
    void theNodeIsTenBitsOfTheId() {
        assertThat(new MessageIds(77).next(NOW) >> 12 & 0x3FF).isEqualTo(77);
        assertThat(new MessageIds(1_024 + 3).next(NOW) >> 12 & 0x3FF).isEqualTo(3);
    }

    @Test
    void idsArePositiveAndTheirTimeCanBeReadBack() {
        long id = new MessageIds(9).next(NOW);

        assertThat(id).isPositive();
        assertThat((id >> 22) + Instant.parse("2025-01-01T00:00:00Z").toEpochMilli()).isEqualTo(NOW);
    }

    @Test
    void concurrentCallersGetUniqueIds() throws Exception {
        MessageIds ids = MessageIds.withRandomNode();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                running.add(threads.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        assertThat(seen.add(ids.next(NOW))).isTrue();
                    }
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(seen).hasSize(40_000);
    }
}
