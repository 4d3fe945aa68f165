package com.shardsofeternity.protocol.message;

/** A private message to one online character. */
public record Whisper(Long recipientId, String content) {
}
