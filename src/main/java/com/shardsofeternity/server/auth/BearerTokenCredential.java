package com.shardsofeternity.server.auth;

import jakarta.security.enterprise.credential.Credential;

/**
 * A bearer token presented with a request. The identity store records on it why a token failed, so
 * that the API can answer {@code SESSION_EXPIRED} for an ended session and {@code AUTH_REQUIRED} for
 * a token it never issued.
 */
public final class BearerTokenCredential implements Credential {

    private final String token;
    private volatile SessionCheck.Status outcome = SessionCheck.Status.UNKNOWN;

    public BearerTokenCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public SessionCheck.Status outcome() {
        return outcome;
    }

    void recordOutcome(SessionCheck.Status outcome) {
        this.outcome = outcome;
    }

    @Override
    public void clear() {
        // Immutable token string; nothing to wipe.
    }
}
