package com.shardsofeternity.server.auth;

/**
 * Fired when a session ends, for whatever reason, so that the real-time layer can close its socket
 * and take the player offline.
 *
 * @param reason one of {@link #LOGOUT}, {@link #EXPIRED}, {@link #KICKED}, {@link #ENDED_BY_ADMIN}
 */
public record SessionEnded(String sessionId, long accountId, Long characterId, String reason) {
    public static final String LOGOUT = "logout";
    public static final String EXPIRED = "expired";
    public static final String KICKED = "kicked";
    public static final String ENDED_BY_ADMIN = "ended_by_admin";
}
