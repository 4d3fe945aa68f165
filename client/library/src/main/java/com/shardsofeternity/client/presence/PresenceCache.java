package com.shardsofeternity.client.presence;

import com.shardsofeternity.protocol.message.CharacterUpdate;
import com.shardsofeternity.protocol.message.LocationUpdate;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who the client believes is online where, kept current from the server's presence messages so a
 * game can ask "who is here?" without a round trip. A character is in at most one location; reads
 * return immutable copies and are safe from any thread.
 */
public final class PresenceCache {

    private final Map<Long, Map<Long, NearbyPlayer>> byLocation = new HashMap<>();
    private final Map<Long, Long> locationOf = new HashMap<>();

    /** {@code nearby_players}: the complete set of a location replaces what was known of it. */
    public synchronized void replaceLocation(long locationId, Collection<NearbyPlayer> players) {
        Map<Long, NearbyPlayer> old = byLocation.remove(locationId);
        if (old != null) {
            old.keySet().forEach(locationOf::remove);
        }
        for (NearbyPlayer player : players) {
            put(locationId, player);
        }
    }

    /** {@code player_entered}: the player is now here, and nowhere else. */
    public synchronized void entered(long locationId, NearbyPlayer player) {
        put(locationId, player);
    }

    /**
     * {@code player_left}: the player is gone from {@code locationId}. A player already seen entering
     * another location stays there, so a late "left" cannot undo a newer "entered".
     */
    public synchronized void left(long locationId, long characterId) {
        Long current = locationOf.get(characterId);
        if (current != null && current == locationId) {
            remove(characterId);
        }
    }

    /**
     * {@code location_update}: new position, seen at {@code seenAt}; a player not yet known is added,
     * since the server only relays updates of players who are here.
     */
    public synchronized void moved(LocationUpdate update, long seenAt) {
        if (update.characterId() == null || update.locationId() == null) {
            return;
        }
        NearbyPlayer known = find(update.characterId()).orElse(null);
        NearbyPlayer next = known == null
                ? new NearbyPlayer(update.characterId(), update.characterName(), null, null,
                        update.locationId(), update.position(), seenAt)
                : new NearbyPlayer(known.characterId(),
                        update.characterName() != null ? update.characterName() : known.characterName(),
                        known.level(), known.faction(), update.locationId(),
                        update.position() != null ? update.position() : known.position(), seenAt);
        put(update.locationId(), next);
    }

    /**
     * {@code character_update}: name, level and location of a known player. Unknown players are not
     * added: the update also reaches party members elsewhere, about whose location we know nothing else.
     */
    public synchronized void updated(CharacterUpdate update) {
        if (update.characterId() == null) {
            return;
        }
        Optional<NearbyPlayer> known = find(update.characterId());
        if (known.isEmpty()) {
            return;
        }
        NearbyPlayer old = known.get();
        long location = update.locationId() != null ? update.locationId() : locationOf.get(old.characterId());
        put(location, new NearbyPlayer(old.characterId(),
                update.characterName() != null ? update.characterName() : old.characterName(),
                update.level() != null ? update.level() : old.level(),
                old.faction(), location, old.position(), old.lastSeen()));
    }

    /** Forgets every location but {@code locationId}: the server stops reporting on a place once we leave it. */
    public synchronized void retainOnly(long locationId) {
        byLocation.keySet().removeIf(location -> location != locationId);
        locationOf.values().removeIf(location -> location != locationId);
    }

    public synchronized void clear() {
        byLocation.clear();
        locationOf.clear();
    }

    /** The players known to be at {@code locationId}, in the order they became known. */
    public synchronized List<NearbyPlayer> playersAt(long locationId) {
        Map<Long, NearbyPlayer> players = byLocation.get(locationId);
        return players == null ? List.of() : List.copyOf(players.values());
    }

    public synchronized Optional<NearbyPlayer> find(long characterId) {
        Long location = locationOf.get(characterId);
        return location == null ? Optional.empty() : Optional.ofNullable(byLocation.get(location).get(characterId));
    }

    /** Locations with at least one known player. */
    public synchronized Set<Long> locations() {
        return Set.copyOf(byLocation.keySet());
    }

    private void put(long locationId, NearbyPlayer player) {
        if (player == null || player.characterId() == null) {
            return;
        }
        remove(player.characterId());
        NearbyPlayer placed = player.locationId() != null && player.locationId() == locationId ? player
                : new NearbyPlayer(player.characterId(), player.characterName(), player.level(), player.faction(),
                        locationId, player.position(), player.lastSeen());
        byLocation.computeIfAbsent(locationId, unused -> new LinkedHashMap<>()).put(player.characterId(), placed);
        locationOf.put(player.characterId(), locationId);
    }

    private void remove(long characterId) {
        Long location = locationOf.remove(characterId);
        if (location == null) {
            return;
        }
        Map<Long, NearbyPlayer> players = byLocation.get(location);
        players.remove(characterId);
        if (players.isEmpty()) {
            byLocation.remove(location);
        }
    }
}
