package com.shardsofeternity.server.auth;

/** A new session and the one copy of its token, for the login answer. */
public record OpenedSession(String token, SessionState session) {
}
