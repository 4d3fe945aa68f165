package com.shardsofeternity.client.presence;

import com.shardsofeternity.client.dispatch.HandlerRegistry;
import com.shardsofeternity.client.dispatch.IncomingMessage;
import com.shardsofeternity.client.dispatch.Registration;
import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.CharacterUpdate;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.message.PlayerPresence;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Feeds the {@link PresenceCache} and the {@link LocalPlayer} from server messages. It runs as
 * ordinary handlers registered before the game's own, so a game handler of message N sees the cache
 * as of N. Messages from peers are ignored: presence is the server's word only.
 */
public final class PresenceUpdater {

    private final PresenceCache cache;
    private final LocalPlayer self;
    private final LongSupplier clock;

    public PresenceUpdater(PresenceCache cache, LocalPlayer self, LongSupplier clock) {
        this.cache = cache;
        this.self = self;
        this.clock = clock;
    }

    /** Registers the handlers; the registrations are returned for completeness. */
    public List<Registration> attachTo(HandlerRegistry registry) {
        return List.of(
                registry.register(MessageTypes.NEARBY_PLAYERS, this::nearbyPlayers),
                registry.register(MessageTypes.PLAYER_ENTERED, this::playerEntered),
                registry.register(MessageTypes.PLAYER_LEFT, this::playerLeft),
                registry.register(MessageTypes.LOCATION_UPDATE, this::locationUpdate),
                registry.register(MessageTypes.CHARACTER_UPDATE, this::characterUpdate));
    }

    /** Applies one message; what the registered handlers do, exposed for callers without a registry. */
    public void apply(IncomingMessage message) {
        switch (message.type()) {
            case MessageTypes.NEARBY_PLAYERS -> nearbyPlayers(message);
            case MessageTypes.PLAYER_ENTERED -> playerEntered(message);
            case MessageTypes.PLAYER_LEFT -> playerLeft(message);
            case MessageTypes.LOCATION_UPDATE -> locationUpdate(message);
            case MessageTypes.CHARACTER_UPDATE -> characterUpdate(message);
            default -> {
            }
        }
    }

    private void nearbyPlayers(IncomingMessage message) {
        if (message.fromPeer()) {
            return;
        }
        NearbyPlayers nearby = message.payload(NearbyPlayers.class);
        if (nearby.locationId() == null) {
            return;
        }
        cache.replaceLocation(nearby.locationId(), nearby.players() == null ? List.of() : nearby.players());
        cache.retainOnly(nearby.locationId());
        self.locationId(nearby.locationId());
    }

    private void playerEntered(IncomingMessage message) {
        if (message.fromPeer()) {
            return;
        }
        PlayerPresence presence = message.payload(PlayerPresence.class);
        if (presence.locationId() != null) {
            cache.entered(presence.locationId(), presence.player());
        }
    }

    private void playerLeft(IncomingMessage message) {
        if (message.fromPeer()) {
            return;
        }
        PlayerPresence presence = message.payload(PlayerPresence.class);
        if (presence.locationId() != null && presence.player() != null && presence.player().characterId() != null) {
            cache.left(presence.locationId(), presence.player().characterId());
        }
    }

    private void locationUpdate(IncomingMessage message) {
        if (message.fromPeer()) {
            return;
        }
        LocationUpdate update = message.payload(LocationUpdate.class);
        cache.moved(update, message.timestamp().orElse(clock.getAsLong()));
    }

    private void characterUpdate(IncomingMessage message) {
        if (message.fromPeer()) {
            return;
        }
        CharacterUpdate update = message.payload(CharacterUpdate.class);
        cache.updated(update);
        if (self.isSelf(update.characterId()) && update.locationId() != null) {
            self.locationId(update.locationId());
        }
    }
}
