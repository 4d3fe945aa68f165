package com.shardsofeternity.server.auth;

/**
 * The live view of a session that every request and socket message consults, kept in memory so that
 * neither has to touch the database. Activity is written back lazily by {@link SessionService}.
 */
public final class SessionState {

    private final String sessionId;
    private final String tokenDigest;
    private final long accountId;
    private final String username;
    private final boolean admin;
    private final long createdAt;
    private final long absoluteExpiresAt;
    private volatile Long characterId;
    private volatile long lastActivityAt;
    private volatile long persistedActivityAt;
    private volatile String endReason;

    public SessionState(String sessionId, String tokenDigest, long accountId, String username, boolean admin,
                        long createdAt, long absoluteExpiresAt, Long characterId, long lastActivityAt) {
        this.sessionId = sessionId;
        this.tokenDigest = tokenDigest;
        this.accountId = accountId;
        this.username = username;
        this.admin = admin;
        this.createdAt = createdAt;
        this.absoluteExpiresAt = absoluteExpiresAt;
        this.characterId = characterId;
        this.lastActivityAt = lastActivityAt;
        this.persistedActivityAt = lastActivityAt;
    }

    /** The public session id ({@code session_id} on the wire); not a secret. */
    public String sessionId() {
        return sessionId;
    }

    public String tokenDigest() {
        return tokenDigest;
    }

    public long accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public boolean isAdmin() {
        return admin;
    }

    public long createdAt() {
        return createdAt;
    }

    public long absoluteExpiresAt() {
        return absoluteExpiresAt;
    }

    /** The selected character, or null. */
    public Long characterId() {
        return characterId;
    }

    void selectCharacter(Long characterId) {
        this.characterId = characterId;
    }

    public long lastActivityAt() {
        return lastActivityAt;
    }

    /** Activity at {@code at}: pushes the idle expiry forward (kept in memory, written back by the reaper). */
    public void touch(long at) {
        if (at > lastActivityAt) {
            lastActivityAt = at;
        }
    }

    long persistedActivityAt() {
        return persistedActivityAt;
    }

    void markPersisted(long at) {
        persistedActivityAt = at;
    }

    public boolean isEnded() {
        return endReason != null;
    }

    public String endReason() {
        return endReason;
    }

    void markEnded(String reason) {
        if (endReason == null) {
            endReason = reason;
        }
    }

    /** When the session expires if nothing more happens: the sooner of idle time-out and lifetime. */
    public long expiresAt(long idleTimeoutMillis) {
        return Math.min(lastActivityAt + idleTimeoutMillis, absoluteExpiresAt);
    }

    public boolean isExpiredAt(long now, long idleTimeoutMillis) {
        return now >= expiresAt(idleTimeoutMillis);
    }
}
