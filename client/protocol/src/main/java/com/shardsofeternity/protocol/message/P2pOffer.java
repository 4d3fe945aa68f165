package com.shardsofeternity.protocol.message;

/** An introduction: the peer's address, the pair's Fernet key, and a one-time ticket. */
public record P2pOffer(
        Long peerId,
        String peerName,
        String host,
        Integer port,
        String sessionKey,
        String ticket,
        Long expiresAt,
        String role) {
}
