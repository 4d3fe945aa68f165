package com.shardsofeternity.protocol;

import jakarta.json.JsonObject;

/**
 * A decoded message: the envelope fields every message may carry, and the raw JSON object from which
 * {@link MessageCodec#payload} binds the type's record.
 *
 * @param id       the client's correlation id, or null
 * @param seq      the server's per-session sequence number, or null
 * @param replyTo  for {@code ack} and {@code error}, the id of the message answered
 */
public record Envelope(
        String type,
        String id,
        Long seq,
        Long timestamp,
        String priority,
        String replyTo,
        JsonObject json) {
}
