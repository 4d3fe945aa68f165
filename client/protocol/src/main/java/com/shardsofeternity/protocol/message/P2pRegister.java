package com.shardsofeternity.protocol.message;

/** The client's peer listener port (and, where the server trusts it, host). */
public record P2pRegister(Integer port, String host) {
}
