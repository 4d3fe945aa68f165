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
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays accepted positions at the tick rate: however often a character reports, the others in its
 * location get at most one {@code location_update} of it per tick, with its latest position. Updates
 * due in the same tick leave together and reach each socket as one {@code batch} frame.
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

    private final Set<Long> moved = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long period = Math.max(1, 1000 / settings.tickRateHz());
        ticking = scheduler.scheduleAtFixedRate(this::tickSafely, period, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** A character's position changed; it goes out with the next tick. */
    public void moved(long characterId) {
        moved.add(characterId);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "movement tick failed", failure);
        }
    }

    void tick() {
        for (Iterator<Long> due = moved.iterator(); due.hasNext(); ) {
            long characterId = due.next();
            due.remove();
            presence.find(characterId).ifPresent(this::relay);
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
