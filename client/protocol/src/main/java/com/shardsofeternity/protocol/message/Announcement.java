package com.shardsofeternity.protocol.message;

/**
 * Server: an operator's announcement to everyone online. {@code message} is escaped like chat content
 * ({@code & < > " '} as HTML entities); {@code from} names the operator's account.
 */
public record Announcement(String message, String from) {
}
