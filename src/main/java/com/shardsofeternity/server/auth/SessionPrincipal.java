package com.shardsofeternity.server.auth;

import jakarta.security.enterprise.CallerPrincipal;

/** The caller of an authenticated request: the account's username, carrying its live session. */
public final class SessionPrincipal extends CallerPrincipal {

    private final transient SessionState session;

    public SessionPrincipal(SessionState session) {
        super(session.username());
        this.session = session;
    }

    public SessionState session() {
        return session;
    }
}
