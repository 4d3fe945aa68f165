package com.shardsofeternity.server.auth;

/** The outcome of presenting a token: a live session, an ended one, or nothing we know. */
public record SessionCheck(Status status, SessionState session) {

    public enum Status { VALID, EXPIRED, UNKNOWN }

    static final SessionCheck UNKNOWN = new SessionCheck(Status.UNKNOWN, null);
    static final SessionCheck EXPIRED = new SessionCheck(Status.EXPIRED, null);

    static SessionCheck valid(SessionState session) {
        return new SessionCheck(Status.VALID, session);
    }

    public boolean isValid() {
        return status == Status.VALID;
    }
}
