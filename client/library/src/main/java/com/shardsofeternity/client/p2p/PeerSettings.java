package com.shardsofeternity.client.p2p;

import java.time.Duration;

/**
 * How this client takes part in peer-to-peer play.
 *
 * @param port             the listener's port ({@code P2P_PORT}); 0 lets the system choose
 * @param maxConnections   peers the listener holds at once ({@code P2P_MAX_CONNECTIONS})
 * @param encryption       false only to speak plaintext with peers configured alike ({@code P2P_ENCRYPTION})
 * @param sharedSecret     the {@code ENCRYPTION_KEY} used where an offer brings no key, or null
 * @param handshakeTimeout how long the opening exchange of a peer connection may take
 */
public record PeerSettings(int port, int maxConnections, boolean encryption, String sharedSecret, Duration handshakeTimeout) {

    @Override
    public String toString() {
        return "PeerSettings[port=" + port + ", maxConnections=" + maxConnections + ", encryption=" + encryption
                + ", sharedSecret=" + (sharedSecret == null ? "unset" : "set") + ", handshakeTimeout=" + handshakeTimeout + "]";
    }
}
