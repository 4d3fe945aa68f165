package com.shardsofeternity.server.world;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A faction a character can belong to, with the base stats its members start with. */
@Entity
@Table(name = "factions")
@NamedQuery(name = "Faction.all", query = "SELECT f FROM Faction f ORDER BY f.name")
public class Faction {

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Column(name = "description", length = 255)
    private String description;

    @Column(name = "base_max_health", nullable = false)
    private int baseMaxHealth;

    @Column(name = "base_attack", nullable = false)
    private int baseAttack;

    @Column(name = "base_defense", nullable = false)
    private int baseDefense;

    @Column(name = "base_agility", nullable = false)
    private int baseAgility;

    protected Faction() {
    }

    public Faction(WorldSeed.SeedFaction seed) {
        this.name = seed.name();
        this.description = seed.description();
        this.baseMaxHealth = seed.maxHealth();
        this.baseAttack = seed.attack();
        this.baseDefense = seed.defense();
        this.baseAgility = seed.agility();
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int baseMaxHealth() {
        return baseMaxHealth;
    }

    public int baseAttack() {
        return baseAttack;
    }

    public int baseDefense() {
        return baseDefense;
    }

    public int baseAgility() {
        return baseAgility;
    }
}
