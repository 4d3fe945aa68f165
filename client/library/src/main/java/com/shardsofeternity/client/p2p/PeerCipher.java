package com.shardsofeternity.client.p2p;

import java.util.Optional;

/** How one peer link wraps the protocol messages it carries into frames, and unwraps them again. */
interface PeerCipher {

    /** The frame carrying one protocol message. */
    String seal(String message);

    /** The protocol message a frame carries, or empty when the frame is dropped (and counted). */
    Optional<String> open(String frame);

    boolean encrypted();

    /** Frames are the messages themselves: only when both ends are configured with {@code P2P_ENCRYPTION=false}. */
    static PeerCipher plaintext() {
        return new PeerCipher() {
            @Override
            public String seal(String message) {
                return message;
            }

            @Override
            public Optional<String> open(String frame) {
                return Optional.of(frame);
            }

            @Override
            public boolean encrypted() {
                return false;
            }
        };
    }
}
