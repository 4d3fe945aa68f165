package com.shardsofeternity.protocol.message;

import jakarta.json.JsonValue;

/** Heartbeat from either side; the nonce may be any JSON value and is echoed back as is. */
public record Ping(JsonValue nonce) {
}
