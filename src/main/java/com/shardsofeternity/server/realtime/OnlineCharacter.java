package com.shardsofeternity.server.realtime;

import com.shardsofeternity.protocol.model.NearbyPlayer;
import com.shardsofeternity.protocol.model.Position;

/**
 * The live state of an online character: where it is as far as the server is concerned (the
 * authority for anti-cheat) and what others see of it.
 */
public final class OnlineCharacter {

    private final long characterId;
    private final String name;
    private final String faction;
    private volatile int level;
    private volatile int health;
    private volatile int maxHealth;
    private volatile long locationId;
    private volatile Position position;
    private volatile Position velocity = Position.ORIGIN;
    private volatile long lastSeen;
    /** When the server last accepted or set the position: the start of the next speed check. */
    private volatile long positionTime;
    private long lastRelayAt = Long.MIN_VALUE / 2;

    public OnlineCharacter(long characterId, String name, String faction, int level, int health, int maxHealth,
                           long locationId, Position position, long now) {
        this.characterId = characterId;
        this.name = name;
        this.faction = faction;
        this.level = level;
        this.health = health;
        this.maxHealth = maxHealth;
        this.locationId = locationId;
        this.position = position;
        this.lastSeen = now;
        this.positionTime = now;
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

    public int level() {
        return level;
    }

    public void level(int level) {
        this.level = level;
    }

    public int health() {
        return health;
    }

    public int maxHealth() {
        return maxHealth;
    }

    public void health(int health) {
        this.health = health;
    }

    public long locationId() {
        return locationId;
    }

    public Position position() {
        return position;
    }

    public Position velocity() {
        return velocity;
    }

    public long lastSeen() {
        return lastSeen;
    }

    public long positionTime() {
        return positionTime;
    }

    /** The server places the character (connect, select, move): the speed check restarts from here. */
    public synchronized void placeAt(long locationId, Position position, long now) {
        this.locationId = locationId;
        this.position = position;
        this.velocity = Position.ORIGIN;
        this.positionTime = now;
        this.lastSeen = now;
    }

    /** An accepted client position. */
    public synchronized void accept(Position position, Position velocity, long now) {
        this.position = position;
        this.velocity = velocity;
        this.positionTime = now;
        this.lastSeen = now;
    }

    /**
     * Whether its position may be relayed to others now, at most once per {@code minIntervalMillis};
     * if so, the relay is claimed.
     */
    public synchronized boolean claimRelay(long now, long minIntervalMillis) {
        if (now - lastRelayAt < minIntervalMillis) {
            return false;
        }
        lastRelayAt = now;
        return true;
    }

    public void seen(long now) {
        this.lastSeen = now;
    }

    public NearbyPlayer view() {
        return new NearbyPlayer(characterId, name, level, faction, locationId, position, lastSeen);
    }
}
