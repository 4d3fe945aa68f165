package com.shardsofeternity.protocol.message;

/** The active character's move: attack, spell, item, defend or flee. */
public record CombatAction(String combatId, String actionType, Long targetId, String abilityName, Long itemId) {
}
