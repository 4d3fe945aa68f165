package com.shardsofeternity.client.realtime;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Correlation ids for client messages: a random prefix per client (so two clients' logs never show
 * the same id) and a counter. Always far below the protocol's 64 characters.
 */
public final class RequestIds {

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    public RequestIds() {
        this.prefix = Long.toString(new SecureRandom().nextLong() >>> 1, 36);
    }

    public String next() {
        return prefix + "-" + Long.toString(counter.incrementAndGet(), 36);
    }
}
