package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.server.world.OnlinePresence;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is online where: one entry per online character and an index of characters by location. A
 * character is online while its session has a socket, and for the resume window after it dropped.
 */
@ApplicationScoped
public class PresenceService implements OnlinePresence {

    private final Map<Long, NearbyPlayer> online = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> byLocation = new ConcurrentHashMap<>();

    @Override
    public int onlineCount() {
        return online.size();
    }

    @Override
    public List<NearbyPlayer> playersAt(long locationId) {
        Set<Long> here = byLocation.get(locationId);
        if (here == null) {
            return List.of();
        }
        List<NearbyPlayer> players = new ArrayList<>(here.size());
        for (Long characterId : here) {
            NearbyPlayer player = online.get(characterId);
            if (player != null) {
                players.add(player);
            }
        }
        return players;
    }
}
