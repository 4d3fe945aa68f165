package com.shardsofeternity.protocol.message;

/** The dialling peer's first frame on a peer connection. */
public record P2pHello(String ticket) {
}
