package com.shardsofeternity.protocol.model;

/** {@code POST /api/auth/login}. */
public record LoginRequest(String username, String password, String protocolVersion) {
}
