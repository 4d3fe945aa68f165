package com.shardsofeternity.server.combat;

import com.shardsofeternity.protocol.message.CombatParticipant;
import java.util.HashMap;
import java.util.Map;

/** One participant of a combat: stats, side, health, status, and the items it may use. */
public final class Fighter {

    public enum Status { ACTIVE, DEFEATED, FLED }

    private final long characterId;
    private final String name;
    private final String faction;
    private final int side;
    private final int level;
    private final int maxHealth;
    private final int attack;
    private final int defense;
    private final int agility;
    private final Map<Long, Integer> items;
    private int health;
    private Status status = Status.ACTIVE;
    private boolean defending;

    public Fighter(long characterId, String name, String faction, int side, int level, int health, int maxHealth,
                   int attack, int defense, int agility, Map<Long, Integer> items) {
        this.characterId = characterId;
        this.name = name;
        this.faction = faction;
        this.side = side;
        this.level = level;
        this.health = health;
        this.maxHealth = maxHealth;
        this.attack = attack;
        this.defense = defense;
        this.agility = agility;
        this.items = new HashMap<>(items);
    }

    public long characterId() {
        return characterId;
    }

    public String name() {
        return name;
    }

    public String faction() {
        return faction;
    }

    public int side() {
        return side;
    }

    public int level() {
        return level;
    }

    public int health() {
        return health;
    }

    public int maxHealth() {
        return maxHealth;
    }

    public int attack() {
        return attack;
    }

    public int defense() {
        return defense;
    }

    public int agility() {
        return agility;
    }

    public Status status() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public boolean isDefending() {
        return defending;
    }

    void defend() {
        defending = true;
    }

    void endDefence() {
        defending = false;
    }

    void flee() {
        status = Status.FLED;
    }

    /** Takes damage (halved while defending); at 0 the fighter is defeated. */
    int takeDamage(int amount) {
        int dealt = Math.max(1, defending ? amount / 2 : amount);
        health = Math.max(0, health - dealt);
        if (health == 0) {
            status = Status.DEFEATED;
        }
        return dealt;
    }

    int heal(int amount) {
        int before = health;
        health = Math.min(maxHealth, health + Math.max(0, amount));
        return health - before;
    }

    boolean hasItem(long itemId) {
        return items.getOrDefault(itemId, 0) > 0;
    }

    void useItem(long itemId) {
        items.computeIfPresent(itemId, (id, quantity) -> quantity > 1 ? quantity - 1 : null);
    }

    public CombatParticipant view() {
        return new CombatParticipant(characterId, name, health, maxHealth, status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
