package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.model.LocationView;
import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.ShardView;
import com.shardsofeternity.protocol.model.WorldStateView;
import com.shardsofeternity.server.GameException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Read side of the world. The map and the factions never change at run time and are read once; shard
 * owners and the world state are cached and re-read from the database whenever something changes them
 * ({@link #invalidate}), so the busiest public call, {@code GET /api/world/state}, costs no query. In
 * a cluster other nodes change the world too, so every read goes to the shared database.
 */
@ApplicationScoped
public class WorldService {

    @Inject
    WorldRepository world;
    @Inject
    GameData data;
    @Inject
    OnlinePresence presence;
    @Inject
    Clock clock;
    @Inject
    com.shardsofeternity.server.config.GameSettings settings;

    private volatile List<LocationView> locations;
    private volatile List<String> factions;
    private volatile Snapshot snapshot;

    private record Snapshot(String reality, double stability, List<ShardView> shards) {
    }

    public List<LocationView> locations() {
        List<LocationView> cached = locations;
        if (cached == null) {
            cached = world.locations().stream()
                    .map(l -> new LocationView(l.id(), l.name(), l.neighbors()))
                    .toList();
            locations = cached;
        }
        return cached;
    }

    public List<String> factions() {
        List<String> cached = factions;
        if (cached == null) {
            cached = world.factions().stream().map(Faction::name).toList();
            factions = cached;
        }
        return cached;
    }

    public List<ShardView> shards() {
        return snapshot().shards();
    }

    public WorldStateView state() {
        Snapshot current = snapshot();
        return new WorldStateView(current.reality(), current.stability(), presence.onlineCount(), current.shards(),
                clock.millis());
    }

    public List<NearbyPlayer> playersAt(long locationId) {
        requireLocation(locationId);
        return presence.playersAt(locationId);
    }

    public void requireLocation(long locationId) {
        if (!data.isLocation(locationId)) {
            throw GameException.notFound("no location " + locationId);
        }
    }

    public boolean areNeighbors(long from, long to) {
        return data.neighborsOf(from).contains(to);
    }

    /** Forget the cached shards and world state; the next read goes to the database. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot current = settings.clusterEnabled() ? null : snapshot;
        if (current == null) {
            WorldStateRecord state = world.worldState()
                    .orElseThrow(() -> new IllegalStateException("the world has not been seeded"));
            List<ShardView> shards = world.shards().stream().map(Shard::view).toList();
            current = new Snapshot(state.currentReality(), state.stability(), shards);
            snapshot = current;
        }
        return current;
    }
}
