package com.shardsofeternity.protocol.message;

/** Ask the server to introduce the sender to {@code peerId}. */
public record P2pConnect(Long peerId) {
}
