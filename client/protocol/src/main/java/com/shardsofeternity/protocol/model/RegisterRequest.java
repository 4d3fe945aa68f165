package com.shardsofeternity.protocol.model;

/** {@code POST /api/auth/register}. */
public record RegisterRequest(String username, String password) {
}
