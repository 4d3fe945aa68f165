package com.shardsofeternity.client.p2p;

/** A peer link could not be opened, was lost, or does not exist. */
public final class PeerLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PeerLinkException(String message) {
        super(message);
    }
}
