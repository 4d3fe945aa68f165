package com.shardsofeternity.protocol.message;

/** A character's visible state changed. */
public record CharacterUpdate(
        Long characterId,
        String characterName,
        Integer health,
        Integer maxHealth,
        Long locationId,
        Integer level) {
}
