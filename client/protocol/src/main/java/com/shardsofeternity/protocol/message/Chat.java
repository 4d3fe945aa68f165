package com.shardsofeternity.protocol.message;

/**
 * A chat line. Clients send {@code channel} and {@code content}; the server delivers it with the
 * sender filled from the session ({@code recipientId} for whispers, {@code partyId} for party chat).
 */
public record Chat(
        String channel,
        String content,
        String messageId,
        Long senderId,
        String senderName,
        Long recipientId,
        Long partyId) {

    public static Chat send(String channel, String content) {
        return new Chat(channel, content, null, null, null, null, null);
    }
}
