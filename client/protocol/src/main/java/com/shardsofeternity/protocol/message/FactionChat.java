package com.shardsofeternity.protocol.message;

/** Chat to the sender's faction. */
public record FactionChat(String content) {
}
