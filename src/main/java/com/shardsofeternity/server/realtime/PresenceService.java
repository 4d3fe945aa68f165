package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.MessageTypes;
import com.shardsofeternity.protocol.message.NearbyPlayers;
import com.shardsofeternity.protocol.message.PlayerPresence;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.server.config.GameSettings;
import com.shardsofeternity.server.world.OnlinePresence;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is online where. A character comes online when its session has a socket and a selected
 * character, and goes offline when the session ends or stays away longer than the resume window;
 * each change is announced to the location ({@code player_entered}, {@code player_left}). This node
 * keeps the live state of the characters whose sessions it holds; in a cluster it writes through to
 * the {@link SharedPresence} directory, which answers the deployment-wide questions.
 */
@ApplicationScoped
public class PresenceService implements OnlinePresence {

    @Inject
    EventBus bus;
    @Inject
    ServerMessages messages;
    @Inject
    Instance<SharedPresence> sharedPresence;
    @Inject
    GameSettings settings;

    private final Map<Long, OnlineCharacter> online = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> byLocation = new ConcurrentHashMap<>();

    @Override
    public int onlineCount() {
        SharedPresence shared = shared();
        return shared != null ? shared.count() : online.size();
    }

    /** Who is online in a location, across the whole deployment. */
    @Override
    public List<NearbyPlayer> playersAt(long locationId) {
        SharedPresence shared = shared();
        return shared != null ? shared.playersAt(locationId) : localPlayersAt(locationId);
    }

    /** An online character anywhere in the deployment, as others see it. */
    public Optional<NearbyPlayer> lookup(long characterId) {
        SharedPresence shared = shared();
        if (shared != null) {
            return shared.find(characterId);
        }
        return Optional.ofNullable(online.get(characterId)).map(OnlineCharacter::view);
    }

    /** Whether a character is online anywhere in the deployment. */
    public boolean isOnline(long characterId) {
        return lookup(characterId).isPresent();
    }

    /** The characters online in a location anywhere in the deployment. */
    public Collection<Long> allCharacterIdsAt(long locationId) {
        SharedPresence shared = shared();
        return shared != null ? shared.characterIdsAt(locationId) : characterIdsAt(locationId);
    }

    /** A character's position changed; the cluster directory hears of it (at most once per tick). */
    public void refreshed(OnlineCharacter character) {
        SharedPresence shared = shared();
        if (shared != null) {
            shared.refresh(character.view());
        }
    }

    private SharedPresence shared() {
        return settings.clusterEnabled() && sharedPresence.isResolvable() ? sharedPresence.get() : null;
    }

    private List<NearbyPlayer> localPlayersAt(long locationId) {
        List<NearbyPlayer> players = new ArrayList<>();
        for (Long characterId : characterIdsAt(locationId)) {
            OnlineCharacter character = online.get(characterId);
            if (character != null) {
                players.add(character.view());
            }
        }
        players.sort((a, b) -> Long.compare(a.characterId(), b.characterId()));
        return players;
    }

    /** The characters online in a location whose sessions this node holds (for local delivery). */
    public Collection<Long> characterIdsAt(long locationId) {
        Set<Long> here = byLocation.get(locationId);
        return here == null ? List.of() : here;
    }

    /** The live state of a character whose session this node holds. */
    public Optional<OnlineCharacter> find(long characterId) {
        return Optional.ofNullable(online.get(characterId));
    }

    public boolean isOnlineHere(long characterId) {
        return online.containsKey(characterId);
    }

    /** Brings a character online and tells its location; false when it already was. */
    public boolean enter(OnlineCharacter character) {
        OnlineCharacter previous = online.putIfAbsent(character.characterId(), character);
        if (previous != null) {
            return false;
        }
        index(character.locationId()).add(character.characterId());
        SharedPresence shared = shared();
        if (shared != null) {
            shared.put(character.view(), null);
        }
        bus.publish(Audience.locationExcept(character.locationId(), character.characterId()),
                messages.of(MessageTypes.PLAYER_ENTERED, new PlayerPresence(character.locationId(), character.view())));
        return true;
    }

    /** Takes a character offline and tells its location; the last state, or empty when it was not online. */
    public Optional<OnlineCharacter> leave(long characterId) {
        OnlineCharacter character = online.remove(characterId);
        if (character == null) {
            return Optional.empty();
        }
        unindex(character.locationId(), characterId);
        SharedPresence shared = shared();
        if (shared != null) {
            shared.remove(characterId, character.locationId());
        }
        bus.publish(Audience.location(character.locationId()),
                messages.of(MessageTypes.PLAYER_LEFT, new PlayerPresence(character.locationId(), character.view())));
        return Optional.of(character);
    }

    /** Drops a character's local state silently: its session moved to another node, where it stays online. */
    public void forgetHere(long characterId) {
        OnlineCharacter character = online.remove(characterId);
        if (character != null) {
            unindex(character.locationId(), characterId);
        }
    }

    /** Moves an online character to another location, announcing it on both sides. */
    public void relocate(OnlineCharacter character, long toLocationId, long now) {
        long from = character.locationId();
        unindex(from, character.characterId());
        bus.publish(Audience.location(from),
                messages.of(MessageTypes.PLAYER_LEFT, new PlayerPresence(from, character.view())));
        character.placeAt(toLocationId, com.shardsofeternity.protocol.model.Position.ORIGIN, now);
        index(toLocationId).add(character.characterId());
        SharedPresence shared = shared();
        if (shared != null) {
            shared.put(character.view(), from);
        }
        bus.publish(Audience.locationExcept(toLocationId, character.characterId()),
                messages.of(MessageTypes.PLAYER_ENTERED, new PlayerPresence(toLocationId, character.view())));
    }

    /** Sends a character the list of who is in its location. */
    public void sendNearbyPlayers(long characterId) {
        OnlineCharacter character = online.get(characterId);
        if (character != null) {
            bus.publish(Audience.character(characterId), messages.of(MessageTypes.NEARBY_PLAYERS,
                    new NearbyPlayers(character.locationId(), playersAt(character.locationId()))));
        }
    }

    private Set<Long> index(long locationId) {
        return byLocation.computeIfAbsent(locationId, id -> ConcurrentHashMap.newKeySet());
    }

    private void unindex(long locationId, long characterId) {
        Set<Long> here = byLocation.get(locationId);
        if (here != null) {
            here.remove(characterId);
        }
    }
}
