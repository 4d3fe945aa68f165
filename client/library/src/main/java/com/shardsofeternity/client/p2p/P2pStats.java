package com.shardsofeternity.client.p2p;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the peer connections refused, for monitoring and tests. Every count only grows; a rising one
 * means a broken peer, a clock far off, or someone tampering with or replaying frames.
 */
public final class P2pStats {

    private final AtomicLong invalidTokens = new AtomicLong();
    private final AtomicLong staleTokens = new AtomicLong();
    private final AtomicLong replayedTokens = new AtomicLong();
    private final AtomicLong refusedHandshakes = new AtomicLong();
    private final AtomicLong refusedOverLimit = new AtomicLong();

    /** Frames dropped because they were not a valid token under the pair's key (forged, tampered, garbled). */
    public long invalidTokens() {
        return invalidTokens.get();
    }

    /** Frames dropped because their token was valid but older than 60 s (or from over 60 s ahead). */
    public long staleTokens() {
        return staleTokens.get();
    }

    /** Frames dropped because the same token had been seen before, either way, within its lifetime. */
    public long replayedTokens() {
        return replayedTokens.get();
    }

    /**
     * Connections closed during the opening exchange: no or a malformed {@code p2p_hello}, a ticket that
     * is unknown, used or expired, plaintext asked of a listener that requires encryption, or an answer
     * or confirmation that did not prove the key.
     */
    public long refusedHandshakes() {
        return refusedHandshakes.get();
    }

    /** Incoming connections refused because the listener already held {@code P2P_MAX_CONNECTIONS}. */
    public long refusedOverLimit() {
        return refusedOverLimit.get();
    }

    void countInvalidToken() {
        invalidTokens.incrementAndGet();
    }

    void countStaleToken() {
        staleTokens.incrementAndGet();
    }

    void countReplayedToken() {
        replayedTokens.incrementAndGet();
    }

    void countRefusedHandshake() {
        refusedHandshakes.incrementAndGet();
    }

    void countRefusedOverLimit() {
        refusedOverLimit.incrementAndGet();
    }

    @Override
    public String toString() {
        return "P2pStats[invalidTokens=" + invalidTokens + ", staleTokens=" + staleTokens + ", replayedTokens="
                + replayedTokens + ", refusedHandshakes=" + refusedHandshakes + ", refusedOverLimit=" + refusedOverLimit + "]";
    }
}
