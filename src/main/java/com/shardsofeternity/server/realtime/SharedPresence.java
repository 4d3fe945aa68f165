package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.model.NearbyPlayer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Presence as every node of a cluster sees it. A node keeps its own characters' live state in
 * {@link PresenceService} and writes through to this directory, which answers the cluster-wide
 * questions (who is online, where, how many).
 */
public interface SharedPresence {

    /** A character came online or moved: visible to every node when this returns. */
    void put(NearbyPlayer player, Long previousLocationId);

    /** A newer position of a character already listed; written without waiting. */
    void refresh(NearbyPlayer player);

    void remove(long characterId, long locationId);

    Optional<NearbyPlayer> find(long characterId);

    List<NearbyPlayer> playersAt(long locationId);

    Collection<Long> characterIdsAt(long locationId);

    int count();
}
