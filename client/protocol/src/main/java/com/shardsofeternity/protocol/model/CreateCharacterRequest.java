package com.shardsofeternity.protocol.model;

/** {@code POST /api/characters}. */
public record CreateCharacterRequest(String name, String faction) {
}
