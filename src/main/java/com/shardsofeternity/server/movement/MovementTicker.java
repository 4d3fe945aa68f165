package com.shardsofeternity.server.movement;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessages;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays accepted positions, at most one {@code location_update} of a character per tick period
 * ({@code TICK_RATE_HZ}): a position that arrives when the character's last relay is at least a period
 * old goes out at once; one that arrives sooner waits for the tick and goes out with the character's
 * latest position then. However often a character reports, the others in its location get at most
 * the tick rate of its updates, and a character reporting at or below the tick rate is relayed
 * without delay.
 */
@ApplicationScoped
public class MovementTicker {

    private static final Logger LOG = Logger.getLogger(MovementTicker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
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

    private final Set<Long> moved = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> ticking;
    private volatile long periodMillis = 50;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        periodMillis = Math.max(1, 1000 / settings.tickRateHz());
        ticking = scheduler.scheduleAtFixedRate(this::tickSafely, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** A character's position changed: relayed now if its last relay is a period old, else at a tick. */
    public void moved(long characterId) {
        Optional<OnlineCharacter> character = presence.find(characterId);
        if (character.isPresent() && character.get().claimRelay(clock.millis(), periodMillis)) {
            relay(character.get());
        } else {
            moved.add(characterId);
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "movement tick failed", failure);
        }
    }

    void tick() {
        long now = clock.millis();
        for (Iterator<Long> due = moved.iterator(); due.hasNext(); ) {
            Optional<OnlineCharacter> character = presence.find(due.next());
            if (character.isEmpty()) {
                due.remove();
            } else if (character.get().claimRelay(now, periodMillis)) {
                due.remove();
                relay(character.get());
            }
        }
    }

    private void relay(OnlineCharacter character) {
        presence.refreshed(character);
        LocationUpdate update = new LocationUpdate(character.characterId(), character.name(), character.locationId(),
                character.position(), character.velocity());
        bus.publish(Audience.locationExcept(character.locationId(), character.characterId()),
                messages.of(MessageTypes.LOCATION_UPDATE, update, "location_update:" + character.characterId()));
    }
}
