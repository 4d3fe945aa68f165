package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.RefusalsRollBack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;

/** The transactional half of world changes: row locks, rule application, persistence. */
@ApplicationScoped
@RefusalsRollBack
public class WorldStore {

    @Inject
    WorldRepository world;

    /**
     * Captures a shard for {@code faction}, checked in the protocol's order: unknown shard, wrong
     * location or own faction, cooldown.
     */
    @Transactional(dontRollbackOn = GameException.class)
    public WorldChange capture(long shardId, long characterId, String characterName, String faction,
                               long characterLocationId, long cooldownMillis, long now) {
        Shard shard = world.shardForUpdate(shardId).orElseThrow(() -> GameException.notFound("no shard " + shardId));
        if (shard.locationId() != characterLocationId) {
            throw GameException.forbidden(shard.name() + " rests in location " + shard.locationId() + "; go there first");
        }
        if (Objects.equals(shard.owningFaction(), faction)) {
            throw GameException.forbidden(shard.name() + " already belongs to " + faction);
        }
        if (shard.capturedAt() != null && now - shard.capturedAt() < cooldownMillis) {
            long wait = shard.capturedAt() + cooldownMillis - now;
            throw new GameException(ErrorCode.RATE_LIMITED, shard.name() + " was captured moments ago; it can be taken again in "
                    + (wait + 999) / 1000 + " s", (wait + 999) / 1000);
        }
        shard.capture(faction, characterId, now);
        WorldStateRecord state = world.worldStateForUpdate().orElseThrow();
        double before = state.stability();
        String previousReality = state.currentReality();
        double after = RealityRules.afterCapture(before);
        state.change(RealityRules.realityFor(after), after, now);
        return new WorldChange(shard.view(), characterName, characterId, previousReality, state.currentReality(), before, after);
    }

    /** One tick of the world clock. */
    @Transactional(dontRollbackOn = GameException.class)
    public WorldChange tick(long now) {
        WorldStateRecord state = world.worldStateForUpdate().orElseThrow();
        Long lastCapture = world.shards().stream().map(Shard::capturedAt).filter(Objects::nonNull)
                .max(Long::compare).orElse(null);
        double before = state.stability();
        String previousReality = state.currentReality();
        double after = RealityRules.afterTick(before, lastCapture, now);
        if (after != before) {
            state.change(RealityRules.realityFor(after), after, now);
        }
        return new WorldChange(null, null, 0, previousReality, state.currentReality(), before, after);
    }
}
