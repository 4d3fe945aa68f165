package com.shardsofeternity.protocol.message;

/**
 * The opening of a peer connection: the dialler sends it in plain JSON with the ticket of its
 * {@code p2p_offer}; the listener answers with the same message under the pair's key, and the dialler
 * confirms with it under the key in turn, so each end has proved the key to the other.
 * {@code encryption} is {@code false} when the dialler asks for plaintext frames, which a listener
 * accepts only when it is configured for plaintext too; absent means encrypted.
 */
public record P2pHello(String ticket, Boolean encryption) {
}
