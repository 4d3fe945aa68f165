package com.shardsofeternity.loadtest;

/**
 * One simulated player: its account, the session token of this run, and the character it plays
 * ({@code characterId} null when none was selected).
 */
public record Player(int index, String username, String token, Long characterId, long locationId) {

    public Player at(long newLocationId) {
        return new Player(index, username, token, characterId, newLocationId);
    }
}
