package com.shardsofeternity.client.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.shardsofeternity.client.Eventually;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {

    @Test
    void tasksRunOneAtATimeInSubmissionOrderOnAPool() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger running = new AtomicInteger();
            AtomicInteger maxRunning = new AtomicInteger();
            for (int i = 0; i < 500; i++) {
                int n = i;
                serial.execute(() -> {
                    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    order.add(n);
                    running.decrementAndGet();
                });
            }
            Eventually.await("500 tasks", () -> order.size() == 500);
            assertThat(maxRunning.get()).isEqualTo(1);
            for (int i = 0; i < 500; i++) {
                assertThat(order.get(i)).isEqualTo(i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aThrowingTaskDoesNotStopTheQueue() {
        SerialExecutor serial = new SerialExecutor(Runnable::run);
        List<String> ran = new ArrayList<>();
        serial.execute(() -> {
            throw new IllegalStateException("boom");
        });
        serial.execute(() -> ran.add("next"));
        assertThat(ran).containsExactly("next");
    }

    @Test
    void workSubmittedAfterTheDelegateShutDownIsDroppedQuietly() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        SerialExecutor serial = new SerialExecutor(pool);
        serial.execute(() -> {
            throw new AssertionError("must not run");
        });
    }
}
