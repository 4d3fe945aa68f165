package com.shardsofeternity.server.realtime;

/**
 * Thrown by a handler that deliberately ignores a message without answering it (for example position
 * updates over the rate limit, which are dropped with at most one error a second).
 */
public final class MessageDropped extends RuntimeException {

    private final String reason;

    public MessageDropped(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
