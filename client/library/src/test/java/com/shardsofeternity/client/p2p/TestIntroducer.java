package com.shardsofeternity.client.p2p;

import com.shardsofeternity.protocol.message.P2pOffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the master server's side of {@code p2p_connect}: a fresh key and ticket for the pair,
 * an {@code accept} offer to the peer and a {@code dial} offer with the peer's listener to the asker.
 */
final class TestIntroducer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Long, TestPeer> peers = new ConcurrentHashMap<>();
    private volatile boolean withSessionKey = true;

    TestPeer join(TestPeer peer) {
        peers.put(peer.characterId, peer);
        return peer;
    }

    /** Offers without {@code session_key}, as from a server that does not broker keys. */
    void withoutSessionKeys() {
        withSessionKey = false;
    }

    CompletableFuture<Void> introduce(long dialerId, long peerId) {
        TestPeer dialer = peers.get(dialerId);
        TestPeer peer = peers.get(peerId);
        String key = withSessionKey ? FernetKey.generate(RANDOM).toBase64() : null;
        String ticket = newTicket();
        long expiresAt = System.currentTimeMillis() + 30_000;
        peer.node.onOffer(new P2pOffer(dialerId, dialer.name, null, null, key, ticket, expiresAt, "accept"));
        dialer.node.onOffer(new P2pOffer(peerId, peer.name, "127.0.0.1", peer.node.listenerPort().orElse(1),
                key, ticket, expiresAt, "dial"));
        return CompletableFuture.completedFuture(null);
    }

    static String newTicket() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
