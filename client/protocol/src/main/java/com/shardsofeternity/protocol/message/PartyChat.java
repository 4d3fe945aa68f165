package com.shardsofeternity.protocol.message;

/** Chat to the sender's current party. */
public record PartyChat(String content) {
}
