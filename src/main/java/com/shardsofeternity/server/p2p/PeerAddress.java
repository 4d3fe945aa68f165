package com.shardsofeternity.server.p2p;

/** Where a character's peer listener can be reached: a host name or IP literal and a TCP port. */
public record PeerAddress(String host, int port) {
}
