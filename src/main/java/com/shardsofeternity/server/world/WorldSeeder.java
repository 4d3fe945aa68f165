package com.shardsofeternity.server.world;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seeds the world from {@code world-seed.json} the first time the server meets an empty database. It
 * never overwrites: a world already there (shard owners, stability) is left as it is.
 */
@Singleton
@Startup
@DependsOn("SchemaGuard")
public class WorldSeeder {

    private static final Logger LOG = Logger.getLogger(WorldSeeder.class.getName());

    @Inject
    WorldRepository world;
    @Inject
    GameData data;
    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seedOnce() {
        try {
            if (world.isSeeded()) {
                LOG.info("world already seeded; keeping its state");
                return;
            }
            WorldSeed seed = data.seed();
            for (WorldSeed.SeedLocation location : seed.locations()) {
                List<Long> neighbors = new ArrayList<>(data.neighborsOf(location.id()));
                neighbors.sort(Long::compare);
                world.store(new Location(location.id(), location.name(), location.description(), neighbors));
            }
            seed.factions().forEach(faction -> world.store(new Faction(faction)));
            seed.shards().forEach(shard -> world.store(new Shard(shard.id(), shard.name(), shard.locationId())));
            world.store(new WorldStateRecord(seed.initialReality(), 100.0, clock.millis()));
            LOG.info(() -> "seeded the world: " + seed.locations().size() + " locations, " + seed.shards().size()
                    + " shards, " + seed.factions().size() + " factions");
        } catch (PersistenceException raced) {
            // Another node seeded at the same moment; its world stands.
            LOG.log(Level.INFO, "world seeding skipped: another node seeded it first", raced);
        }
    }
}
