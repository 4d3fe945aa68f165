package com.shardsofeternity.client.realtime;

import com.shardsofeternity.client.NotConnectedException;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests waiting for their answer, by correlation id. Each entry leaves the table when it is
 * answered, failed, cancelled or timed out, so nothing accumulates however the server behaves.
 *
 * <p>Timers run on the given scheduler rather than {@code CompletableFuture.orTimeout}, whose JDK-wide
 * timer thread would outlive the client.
 */
public final class PendingRequests {

    private final ScheduledExecutorService scheduler;
    private final Map<String, CompletableFuture<IncomingMessage>> waiting = new ConcurrentHashMap<>();

    public PendingRequests(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * A future for the answer to {@code id}: completed by {@link #complete}, failed by {@link #fail},
     * or failed with a {@link TimeoutException} after {@code timeout}.
     */
    public CompletableFuture<IncomingMessage> register(String id, Duration timeout) {
        CompletableFuture<IncomingMessage> future = new CompletableFuture<>();
        if (waiting.putIfAbsent(id, future) != null) {
            throw new IllegalStateException("a request with id " + id + " is already waiting");
        }
        ScheduledFuture<?> timer;
        try {
            timer = scheduler.schedule(() -> {
                if (waiting.remove(id, future)) {
                    future.completeExceptionally(new TimeoutException(
                            "no answer to request " + id + " within " + timeout.toMillis() + " ms"));
                }
            }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            waiting.remove(id, future);
            future.completeExceptionally(new NotConnectedException("the client is closed"));
            return future;
        }
        future.whenComplete((answer, failure) -> {
            timer.cancel(false);
            waiting.remove(id, future);
        });
        return future;
    }

    /** Completes the request {@code id} with its answer; false when none is waiting (late or foreign). */
    public boolean complete(String id, IncomingMessage answer) {
        CompletableFuture<IncomingMessage> future = waiting.remove(id);
        return future != null && future.complete(answer);
    }

    /** Fails the request {@code id}; false when none is waiting. */
    public boolean fail(String id, Throwable error) {
        CompletableFuture<IncomingMessage> future = waiting.remove(id);
        return future != null && future.completeExceptionally(error);
    }

    /** Fails every waiting request, when the session is over. */
    public void failAll(Throwable error) {
        for (String id : List.copyOf(waiting.keySet())) {
            fail(id, error);
        }
    }

    public boolean isWaiting(String id) {
        return waiting.containsKey(id);
    }

    public int size() {
        return waiting.size();
    }
}
