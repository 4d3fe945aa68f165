package com.shardsofeternity.protocol.message;

/**
 * The first frame on a peer connection, both ways: the dialler sends it in plain JSON with the ticket
 * of its {@code p2p_offer}; the listener answers with the same message under the pair's key, which
 * proves it holds the key. {@code encryption} is {@code false} when the dialler asks for plaintext
 * frames, which a listener accepts only when it is configured for plaintext too; absent means encrypted.
 */
public record P2pHello(String ticket, Boolean encryption) {
}
