package com.shardsofeternity.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * Blocking access to the library's futures for scripts, tools and tests: waits, and rethrows the
 * failure itself instead of a {@code CompletionException}. Never call it from a handler, which would
 * hold up every later message of the client.
 */
public final class Await {

    private Await() {
    }

    /**
     * The future's value.
     *
     * @throws MasterServerException as the server reported it; a request timeout also arrives as one,
     *     without error code, its cause the {@link TimeoutException}
     * @throws RuntimeException any other failure, unwrapped, including a {@code CancellationException}
     */
    public static <T> T result(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException wrapped) {
            Throwable cause = wrapped.getCause() == null ? wrapped : wrapped.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof TimeoutException timeout) {
                throw MasterServerException.unreachable(timeout.getMessage(), timeout);
            }
            throw new IllegalStateException(cause);
        }
    }
}
