package com.shardsofeternity.protocol.message;

/** The server's answer to {@code auth_request}: success with the session, or the reason it failed. */
public record AuthResponse(
        Boolean success,
        Long playerId,
        Long characterId,
        String sessionId,
        String protocolVersion,
        Long heartbeatIntervalMs,
        Boolean resumed,
        String errorCode,
        String errorMessage) {

    public static AuthResponse failure(String errorCode, String errorMessage) {
        return new AuthResponse(false, null, null, null, null, null, false, errorCode, errorMessage);
    }
}
