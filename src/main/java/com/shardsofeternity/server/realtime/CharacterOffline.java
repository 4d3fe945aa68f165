package com.shardsofeternity.server.realtime;

/**
 * Fired after a character went offline for good on this node: its session ended (logout, expiry, kick),
 * selected another character, or stayed away longer than the resume window. Not fired while a dropped
 * session may still resume, nor when the session moved to another node.
 */
public record CharacterOffline(long characterId) {
}
