package com.shardsofeternity.server.chat;

import java.security.SecureRandom;

/**
 * Time-ordered, cluster-unique message ids without a database round trip: milliseconds since 2025,
 * a 10-bit node number and a 12-bit counter. Ordering by id is ordering by time, which the history's
 * {@code before} cursor relies on.
 */
public final class MessageIds {

    private static final long EPOCH = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private final long node;
    private long lastMillis;
    private long counter;

    public MessageIds(long node) {
        this.node = node & 0x3FF;
    }

    public static MessageIds withRandomNode() {
        return new MessageIds(new SecureRandom().nextInt(1024));
    }

    public synchronized long next(long nowMillis) {
        long millis = Math.max(nowMillis, lastMillis);
        if (millis == lastMillis) {
            counter = (counter + 1) & 0xFFF;
            if (counter == 0) {
                millis++;
            }
        } else {
            counter = 0;
        }
        lastMillis = millis;
        return ((millis - EPOCH) << 22) | (node << 12) | counter;
    }
}
