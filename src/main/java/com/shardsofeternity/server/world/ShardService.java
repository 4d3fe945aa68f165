package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.RealityShift;
import com.shardsofeternity.protocol.message.ShardCaptured;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessages;
import com.shardsofeternity.server.validation.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Shard captures and the world's reaction: each capture is stored, announced to everyone
 * ({@code shard_captured}), costs stability ({@code world_state}) and may shift the reality
 * ({@code reality_shift}). The world clock's ticks go through here too.
 */
@ApplicationScoped
public class ShardService {

    private static final Logger LOG = Logger.getLogger(ShardService.class.getName());

    @Inject
    WorldStore store;
    @Inject
    WorldService world;
    @Inject
    PresenceService presence;
    @Inject
    EventBus bus;
    @Inject
    ServerMessages messages;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;

    public void capture(long characterId, Long shardIdField) {
        long shardId = Inputs.id("shard_id", shardIdField);
        OnlineCharacter character = presence.find(characterId)
                .orElseThrow(() -> new GameException(ErrorCode.NO_CHARACTER_SELECTED, "the selected character is not online"));
        WorldChange change = store.capture(shardId, characterId, character.name(), character.faction(), character.locationId(),
                settings.shardCaptureCooldownMillis(), clock.millis());
        world.invalidate();
        LOG.info(() -> character.name() + " captured " + change.captured().name() + " for " + character.faction());
        bus.publish(Audience.everyone(), messages.of(MessageTypes.SHARD_CAPTURED, new ShardCaptured(change.captured().id(),
                change.captured().name(), characterId, character.name(), character.faction())));
        announce(change);
    }

    /** One tick of the world clock. */
    public void tick() {
        WorldChange change = store.tick(clock.millis());
        if (change.stabilityChanged()) {
            world.invalidate();
            announce(change);
        }
    }

    private void announce(WorldChange change) {
        if (change.realityShifted()) {
            LOG.info(() -> "reality shifted from " + change.previousReality() + " to " + change.newReality());
            bus.publish(Audience.everyone(), messages.of(MessageTypes.REALITY_SHIFT, new RealityShift(change.previousReality(),
                    change.newReality(), change.newStability(), RealityRules.shiftReason(change.previousStability(), change.newStability()))));
        }
        bus.publish(Audience.everyone(), messages.of(MessageTypes.WORLD_STATE, world.state()));
    }
}
