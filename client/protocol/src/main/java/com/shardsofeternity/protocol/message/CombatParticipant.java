package com.shardsofeternity.protocol.message;

/** A fighter as combat messages show it; {@code status} is active, defeated or fled. */
public record CombatParticipant(
        Long characterId,
        String characterName,
        Integer health,
        Integer maxHealth,
        String status) {
}
