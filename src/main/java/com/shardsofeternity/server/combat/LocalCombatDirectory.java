package com.shardsofeternity.server.combat;

import com.shardsofeternity.protocol.message.CombatAction;
import com.shardsofeternity.server.GameException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Single-node mode: who is fighting, in this node's memory; every combat is local. */
@ApplicationScoped
@Typed(LocalCombatDirectory.class)
public class LocalCombatDirectory implements CombatDirectory {

    private final Map<Long, String> combatOf = new HashMap<>();

    @Override
    public synchronized boolean claim(Collection<Long> characterIds, String combatId) {
        if (characterIds.stream().anyMatch(combatOf::containsKey)) {
            return false;
        }
        characterIds.forEach(id -> combatOf.put(id, combatId));
        return true;
    }

    @Override
    public synchronized void release(Collection<Long> characterIds, String combatId) {
        characterIds.forEach(id -> combatOf.remove(id, combatId));
    }

    @Override
    public void keepAlive(Collection<Long> characterIds, String combatId) {
        // In memory, claims last until released.
    }

    @Override
    public Optional<String> ownerOf(String combatId) {
        return Optional.empty();
    }

    @Override
    public void forward(String owner, long actorId, CombatAction action) {
        throw GameException.notFound("no combat " + action.combatId());
    }
}
