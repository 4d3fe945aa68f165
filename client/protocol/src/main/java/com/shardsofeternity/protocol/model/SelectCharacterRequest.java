package com.shardsofeternity.protocol.model;

/** {@code POST /api/characters/select}. */
public record SelectCharacterRequest(Long characterId) {
}
