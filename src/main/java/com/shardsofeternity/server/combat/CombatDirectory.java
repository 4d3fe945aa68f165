package com.shardsofeternity.server.combat;

import com.shardsofeternity.protocol.message.CombatAction;
import java.util.Collection;
import java.util.Optional;

/**
 * Which characters are fighting and which node runs each combat. In a cluster this lives in Redis so
 * that nobody fights twice across nodes and an action sent to any node reaches the combat's owner.
 */
public interface CombatDirectory {

    /** Marks all of {@code characterIds} as fighting in {@code combatId}, or none of them (false). */
    boolean claim(Collection<Long> characterIds, String combatId);

    void release(Collection<Long> characterIds, String combatId);

    /** The combat is still running: its claims must outlive the next turn time-out. */
    void keepAlive(Collection<Long> characterIds, String combatId);

    /** The node running a combat this node does not have, if any node does. */
    Optional<String> ownerOf(String combatId);

    /** Hands an action to the node that runs the combat; throws its refusal as a GameException. */
    void forward(String owner, long actorId, CombatAction action);
}
