package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.MessageCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The static data of the game, read once from {@code world-seed.json}: the map, the factions with their
 * abilities, and the items. The mutable world (shard owners, stability) lives in the database.
 */
@ApplicationScoped
public class GameData {

    public static final String SEED_RESOURCE = "/world-seed.json";

    private final WorldSeed seed;
    private final Map<String, WorldSeed.SeedFaction> factions = new LinkedHashMap<>();
    private final Map<Long, WorldSeed.Item> items = new HashMap<>();
    private final Map<Long, Set<Long>> neighbors = new HashMap<>();

    public GameData() {
        this(load());
    }

    public GameData(WorldSeed seed) {
        this.seed = seed;
        seed.factions().forEach(faction -> factions.put(faction.name(), faction));
        seed.items().forEach(item -> items.put(item.id(), item));
        seed.locations().forEach(location -> neighbors.put(location.id(), new HashSet<>()));
        for (List<Long> path : seed.paths()) {
            neighbors.get(path.get(0)).add(path.get(1));
            neighbors.get(path.get(1)).add(path.get(0));
        }
    }

    public static WorldSeed load() {
        try (InputStream in = GameData.class.getResourceAsStream(SEED_RESOURCE);
             Jsonb jsonb = JsonbBuilder.create(MessageCodec.jsonbConfig())) {
            if (in == null) {
                throw new IllegalStateException(SEED_RESOURCE + " is missing from the application");
            }
            return jsonb.fromJson(in, WorldSeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + SEED_RESOURCE, e);
        }
    }

    public WorldSeed seed() {
        return seed;
    }

    public long startingLocationId() {
        return seed.startingLocationId();
    }

    public Optional<WorldSeed.SeedFaction> faction(String name) {
        return Optional.ofNullable(name == null ? null : factions.get(name));
    }

    public List<String> factionNames() {
        return List.copyOf(factions.keySet());
    }

    public Optional<WorldSeed.Ability> ability(String faction, String abilityName) {
        return faction(faction).flatMap(f -> f.abilities().stream()
                .filter(a -> a.name().equalsIgnoreCase(abilityName)).findFirst());
    }

    public Optional<WorldSeed.Item> item(long id) {
        return Optional.ofNullable(items.get(id));
    }

    public List<WorldSeed.Item> items() {
        return seed.items();
    }

    /** The neighbors of a location, from the seed's symmetric paths. */
    public Set<Long> neighborsOf(long locationId) {
        return neighbors.getOrDefault(locationId, Set.of());
    }

    public boolean isLocation(long locationId) {
        return neighbors.containsKey(locationId);
    }
}
