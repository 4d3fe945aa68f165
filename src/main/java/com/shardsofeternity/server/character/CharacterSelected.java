package com.shardsofeternity.server.character;

/** Fired after a session selects a character, so that its socket can be told who is nearby. */
public record CharacterSelected(String sessionId, long characterId, Long previousCharacterId) {
}
