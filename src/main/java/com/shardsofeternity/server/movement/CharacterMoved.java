package com.shardsofeternity.server.movement;

/** A character travelled to another location (combat and parties may care). */
public record CharacterMoved(long characterId, long fromLocationId, long toLocationId) {
}
