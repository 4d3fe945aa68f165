package com.shardsofeternity.client.p2p;

/** An open link to another player's client. */
public record ConnectedPeer(long peerId, String peerName, boolean encrypted) {
}
