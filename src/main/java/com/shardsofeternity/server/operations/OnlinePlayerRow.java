package com.shardsofeternity.server.operations;

/**
 * A character online on this node as the operations page lists it.
 *
 * @param connected false while its session is away (socket lost, inside the resume window)
 */
public record OnlinePlayerRow(long characterId, String characterName, String faction, int level,
                              long locationId, String locationName, String sessionId, String username,
                              boolean connected) {
}
