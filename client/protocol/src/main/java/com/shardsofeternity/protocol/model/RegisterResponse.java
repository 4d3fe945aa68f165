package com.shardsofeternity.protocol.model;

/** Answer to a successful registration. */
public record RegisterResponse(Long playerId, String username) {
}
