package com.shardsofeternity.protocol.message;

import java.util.List;

/** Client: attack {@code targetIds}. Server: the combat begins, with its turn order. */
public record CombatStart(
        List<Long> targetIds,
        String combatId,
        List<CombatParticipant> participants,
        List<Long> turnOrder,
        Long activeCharacterId,
        Integer turnNumber) {

    public static CombatStart send(List<Long> targetIds) {
        return new CombatStart(targetIds, null, null, null, null, null);
    }
}
