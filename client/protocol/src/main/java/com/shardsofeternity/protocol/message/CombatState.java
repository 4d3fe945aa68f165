package com.shardsofeternity.protocol.message;

import java.util.List;

/** The state of a combat after an action or a turn time-out. */
public record CombatState(
        String combatId,
        Integer turnNumber,
        Long activeCharacterId,
        List<CombatParticipant> participants,
        List<String> combatLog,
        Boolean ended,
        List<Long> winnerIds) {
}
