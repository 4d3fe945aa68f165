package com.shardsofeternity.server.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a state that no message announces (a peer link listed by the client library, say). */
public final class Polling {

    private Polling() {
    }

    public static void until(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
