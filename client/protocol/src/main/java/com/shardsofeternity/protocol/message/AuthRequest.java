package com.shardsofeternity.protocol.message;

/** First client message on a socket; {@code resumeFromSeq} asks for a replay of what was missed. */
public record AuthRequest(String token, String protocolVersion, Long resumeFromSeq) {
}
