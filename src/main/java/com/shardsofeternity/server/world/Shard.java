package com.shardsofeternity.server.world;

import com.shardsofeternity.protocol.model.ShardView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A shard of eternity, resting in one location and owned by at most one faction. */
@Entity
@Table(name = "shards")
@NamedQuery(name = "Shard.all", query = "SELECT s FROM Shard s ORDER BY s.id")
public class Shard {

    @Id
    private Long id;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "owning_faction", length = 64)
    private String owningFaction;

    @Column(name = "captured_at")
    private Long capturedAt;

    @Column(name = "captured_by_character_id")
    private Long capturedByCharacterId;

    @Version
    @Column(name = "row_version")
    private long version;

    protected Shard() {
    }

    public Shard(long id, String name, long locationId) {
        this.id = id;
        this.name = name;
        this.locationId = locationId;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long locationId() {
        return locationId;
    }

    public String owningFaction() {
        return owningFaction;
    }

    public Long capturedAt() {
        return capturedAt;
    }

    public Long capturedByCharacterId() {
        return capturedByCharacterId;
    }

    public void capture(String faction, long characterId, long at) {
        this.owningFaction = faction;
        this.capturedByCharacterId = characterId;
        this.capturedAt = at;
    }

    public ShardView view() {
        return new ShardView(id, name, locationId, owningFaction, capturedAt);
    }
}
