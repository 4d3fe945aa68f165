package com.shardsofeternity.server.character;

import com.shardsofeternity.protocol.model.Position;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A character in the world: who plays it, its faction, stats, where it stands and what it carries. */
@Entity
@Table(name = "characters", indexes = {
        @Index(name = "ux_characters_name_key", columnList = "name_key", unique = true),
        @Index(name = "ix_characters_account", columnList = "account_id"),
        @Index(name = "ix_characters_location", columnList = "location_id")})
@NamedQuery(name = "PlayerCharacter.ofAccount",
        query = "SELECT c FROM PlayerCharacter c WHERE c.accountId = :accountId ORDER BY c.id")
@NamedQuery(name = "PlayerCharacter.byNameKey", query = "SELECT c FROM PlayerCharacter c WHERE c.nameKey = :key")
@NamedQuery(name = "PlayerCharacter.count", query = "SELECT COUNT(c) FROM PlayerCharacter c")
public class PlayerCharacter {

    static final int MAX_NAME_UNITS = 48;

    @Id
    @TableGenerator(name = "character_ids", table = "id_sequences", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "characters", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "character_ids")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    /**
     * Up to 24 code points, which some databases (Derby) count as up to 48 UTF-16 units; the key can be
     * longer than the name, as lower-casing {@code İ} gives two characters.
     */
    @Column(name = "name", nullable = false, length = MAX_NAME_UNITS)
    private String name;

    @Column(name = "name_key", nullable = false, length = MAX_NAME_UNITS, unique = true)
    private String nameKey;

    @Column(name = "faction", nullable = false, length = 64)
    private String faction;

    @Column(name = "char_level", nullable = false)
    private int level;

    @Column(name = "health", nullable = false)
    private int health;

    @Column(name = "max_health", nullable = false)
    private int maxHealth;

    @Column(name = "attack", nullable = false)
    private int attack;

    @Column(name = "defense", nullable = false)
    private int defense;

    @Column(name = "agility", nullable = false)
    private int agility;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "pos_x", nullable = false)
    private double x;

    @Column(name = "pos_y", nullable = false)
    private double y;

    @Column(name = "pos_z", nullable = false)
    private double z;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private long lastSeenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "character_items", joinColumns = @JoinColumn(name = "character_id"))
    @MapKeyColumn(name = "item_id")
    @Column(name = "quantity")
    private Map<Long, Integer> items = new TreeMap<>();

    @Version
    @Column(name = "row_version")
    private long version;

    protected PlayerCharacter() {
    }

    public PlayerCharacter(long accountId, String name, String faction, CharacterStats stats, long locationId, long createdAt) {
        this.accountId = accountId;
        this.name = name;
        this.nameKey = keyOf(name);
        this.faction = faction;
        this.level = 1;
        this.maxHealth = stats.maxHealth();
        this.health = stats.maxHealth();
        this.attack = stats.attack();
        this.defense = stats.defense();
        this.agility = stats.agility();
        this.locationId = locationId;
        this.createdAt = createdAt;
        this.lastSeenAt = createdAt;
    }

    public static String keyOf(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
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

    public int health() {
        return health;
    }

    public int maxHealth() {
        return maxHealth;
    }

    public CharacterStats stats() {
        return new CharacterStats(maxHealth, attack, defense, agility);
    }

    public long locationId() {
        return locationId;
    }

    public Position position() {
        return new Position(x, y, z);
    }

    public long lastSeenAt() {
        return lastSeenAt;
    }

    public Map<Long, Integer> items() {
        return Collections.unmodifiableMap(items);
    }

    public void moveTo(long locationId, Position position, long at) {
        this.locationId = locationId;
        placeAt(position, at);
    }

    public void placeAt(Position position, long at) {
        this.x = position.x();
        this.y = position.y();
        this.z = position.z();
        this.lastSeenAt = Math.max(lastSeenAt, at);
    }

    public void seen(long at) {
        this.lastSeenAt = Math.max(lastSeenAt, at);
    }

    public void setHealth(int health) {
        this.health = Math.max(0, Math.min(maxHealth, health));
    }

    public void addItems(long itemId, int quantity) {
        items.merge(itemId, quantity, Integer::sum);
    }

    /** Uses one of an item; false when the character has none. */
    public boolean consumeItem(long itemId) {
        Integer quantity = items.get(itemId);
        if (quantity == null || quantity <= 0) {
            return false;
        }
        if (quantity == 1) {
            items.remove(itemId);
        } else {
            items.put(itemId, quantity - 1);
        }
        return true;
    }
}
