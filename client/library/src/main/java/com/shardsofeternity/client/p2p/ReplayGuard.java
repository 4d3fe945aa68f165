package com.shardsofeternity.client.p2p;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the tokens seen lately, so that a recorded frame played again is dropped.
 *
 * <p>A Fernet token is accepted for at most 60 s after its stamp and up to 60 s before it, so a digest
 * is kept for {@code window} (two minutes) after the token was first seen, after which Fernet refuses the
 * token by age anyway. The digest is taken over the decoded bytes, so the same token re-encoded (padding
 * stripped, say) is still recognised. At most {@code capacity} digests are kept; beyond that the oldest
 * is forgotten first, which only a peer sending faster than {@code capacity / window} could exploit.
 */
final class ReplayGuard {

    private final long windowMillis;
    private final int capacity;
    private final LinkedHashMap<ByteBuffer, Long> firstSeen = new LinkedHashMap<>();

    ReplayGuard(Duration window, int capacity) {
        this.windowMillis = window.toMillis();
        this.capacity = capacity;
    }

    /** Records a verified token; false when it was seen before within the window. */
    synchronized boolean firstSighting(String token, long nowMillis) {
        forgetOlderThan(nowMillis - windowMillis);
        ByteBuffer digest = digestOf(token);
        if (firstSeen.containsKey(digest)) {
            return false;
        }
        if (firstSeen.size() >= capacity) {
            Iterator<?> oldest = firstSeen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        firstSeen.put(digest, nowMillis);
        return true;
    }

    synchronized int size() {
        return firstSeen.size();
    }

    private void forgetOlderThan(long cutoff) {
        Iterator<Map.Entry<ByteBuffer, Long>> entries = firstSeen.entrySet().iterator();
        while (entries.hasNext() && entries.next().getValue() < cutoff) {
            entries.remove();
        }
    }

    private static ByteBuffer digestOf(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(Base64.getUrlDecoder().decode(token)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform provides SHA-256", missing);
        }
    }
}
