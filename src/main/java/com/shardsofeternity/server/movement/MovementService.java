package com.shardsofeternity.server.movement;

import com.shardsofeternity.protocol.ErrorCode;
import com.shardsofeternity.protocol.Limits;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.Priority;
import com.shardsofeternity.protocol.message.CharacterUpdate;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.Move;
import com.shardsofeternity.protocol.model.Position;
import com.shardsofeternity.server.GameException;
import com.shardsofeternity.server.character.CharacterService;
import com.shardsofeternity.server.combat.CombatService;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.limits.RateCounter;
import com.shardsofeternity.server.realtime.Audience;
import com.shardsofeternity.server.realtime.EventBus;
import com.shardsofeternity.server.realtime.MessageDropped;
import com.shardsofeternity.server.realtime.OnlineCharacter;
import com.shardsofeternity.server.realtime.PresenceService;
import com.shardsofeternity.server.realtime.ServerMessages;
import com.shardsofeternity.server.validation.Inputs;
import com.shardsofeternity.server.world.WorldService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Travel between locations and positions within one, with the server as the authority. A character
 * still fighting cannot travel: it has to flee (or win, or lose) first.
 */
@ApplicationScoped
public class MovementService {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @Inject
    PresenceService presence;
    @Inject
    WorldService world;
    @Inject
    CharacterService characters;
    @Inject
    MovementTicker ticker;
    @Inject
    RateCounter rateCounter;
    @Inject
    EventBus bus;
    @Inject
    ServerMessages messages;
    @Inject
    GameSettings settings;
    @Inject
    Clock clock;
    @Inject
    Event<CharacterMoved> movedEvents;
    @Inject
    CombatService combat;

    private SpeedCheck speedCheck;
    private final Map<Long, Long> lastRateNotice = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        speedCheck = new SpeedCheck(settings.maxSpeed(), settings.speedTolerance());
    }

    public void move(long characterId, Move move) {
        long from = Inputs.id("from_location_id", move.fromLocationId());
        long to = Inputs.id("to_location_id", move.toLocationId());
        OnlineCharacter character = online(characterId);
        if (character.locationId() != from) {
            throw new GameException(ErrorCode.INVALID_MOVE, "you are in location " + character.locationId() + ", not " + from);
        }
        if (!world.areNeighbors(from, to)) {
            throw new GameException(ErrorCode.INVALID_MOVE, "location " + to + " is not a neighbor of " + from);
        }
        if (combat.isFighting(characterId)) {
            throw new GameException(ErrorCode.INVALID_MOVE, "you cannot travel while fighting: flee the combat first");
        }
        long now = clock.millis();
        presence.relocate(character, to, now);
        characters.savePlace(characterId, to, Position.ORIGIN, now);
        presence.sendNearbyPlayers(characterId);
        movedEvents.fire(new CharacterMoved(characterId, from, to));
        bus.publish(Audience.location(to), messages.of(MessageTypes.CHARACTER_UPDATE, characterUpdate(character)));
    }

    public void updatePosition(long characterId, LocationUpdate update) {
        Position position = Inputs.present("position", update.position());
        Position velocity = update.velocity() == null ? Position.ORIGIN : update.velocity();
        if (!position.isWithin(Limits.MAX_COORDINATE) || !velocity.isWithin(Limits.MAX_COORDINATE)) {
            throw GameException.invalid("position and velocity need finite x, y and z within ±1,000,000");
        }
        long now = clock.millis();
        if (rateCounter.tryAcquire("position:" + characterId, settings.positionRateLimit(), ONE_SECOND, now) > 0) {
            Long noticed = lastRateNotice.get(characterId);
            if (noticed == null || now - noticed >= 1000) {
                lastRateNotice.put(characterId, now);
                throw new GameException(ErrorCode.RATE_LIMITED,
                        "at most " + settings.positionRateLimit() + " location_update a second; the excess is dropped", 1);
            }
            throw new MessageDropped("position_rate_limited");
        }
        OnlineCharacter character = online(characterId);
        synchronized (character) {
            if (!speedCheck.allows(character.position(), position, now - character.positionTime())) {
                LocationUpdate serverPosition = new LocationUpdate(characterId, character.name(), character.locationId(),
                        character.position(), Position.ORIGIN);
                throw new GameException(ErrorCode.INVALID_MOVE, "that step is faster than the maximum speed")
                        .thenSend(() -> bus.publish(Audience.character(characterId),
                                messages.withPriority(MessageTypes.LOCATION_UPDATE, Priority.HIGH, serverPosition)));
            }
            character.accept(position, velocity, now);
        }
        ticker.moved(characterId);
    }

    private OnlineCharacter online(long characterId) {
        return presence.find(characterId).orElseThrow(
                () -> new GameException(ErrorCode.NO_CHARACTER_SELECTED, "the selected character is not online"));
    }

    private static CharacterUpdate characterUpdate(OnlineCharacter character) {
        return new CharacterUpdate(character.characterId(), character.name(), character.health(), character.maxHealth(),
                character.locationId(), character.level());
    }
}
