package com.shardsofeternity.protocol.message;

/** Success answer to a client message that carried an {@code id}. */
public record Ack(String replyTo) {
}
