package com.shardsofeternity.protocol.model;

/** Answer to a successful login: the bearer token and how long it lives. */
public record LoginResponse(
        String token,
        Long playerId,
        String username,
        Long expiresAt,
        Long sessionTimeoutS,
        String protocolVersion,
        String serverVersion) {
}
