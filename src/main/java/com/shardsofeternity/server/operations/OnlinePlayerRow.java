package com.shardsofeternity.server.operations;

/**
 * An online character as the operations page lists it, with the session that plays it (on whichever
 * node of a cluster holds that session).
 *
 * @param connected false while its session is away (socket lost, inside the resume window)
 */
public record OnlinePlayerRow(long characterId, String characterName, String faction, int level,
                              long locationId, String locationName, String sessionId, String username,
                              boolean connected) {
}
