package com.shardsofeternity.protocol.message;

import jakarta.json.JsonValue;

/** Answer to {@link Ping} with the same nonce. */
public record Pong(JsonValue nonce) {
}
