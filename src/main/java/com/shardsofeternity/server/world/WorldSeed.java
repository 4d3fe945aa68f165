package com.shardsofeternity.server.world;

import java.util.List;

/** The shape of {@code world-seed.json}. */
public record WorldSeed(
        Long startingLocationId,
        String initialReality,
        List<SeedLocation> locations,
        List<List<Long>> paths,
        List<SeedShard> shards,
        List<SeedFaction> factions,
        List<Item> items) {

    public record SeedLocation(Long id, String name, String description) {
    }

    public record SeedShard(Long id, String name, Long locationId) {
    }

    public record SeedFaction(String name, String description, Integer maxHealth, Integer attack, Integer defense,
                              Integer agility, List<Ability> abilities) {
    }

    /** A faction's spell: {@code kind} is damage or heal. */
    public record Ability(String name, String kind, Integer power) {
        public boolean heals() {
            return "heal".equals(kind);
        }
    }

    /** A consumable: {@code kind} is damage or heal. */
    public record Item(Long id, String name, String kind, Integer power, Integer startingQuantity) {
        public boolean heals() {
            return "heal".equals(kind);
        }
    }
}
