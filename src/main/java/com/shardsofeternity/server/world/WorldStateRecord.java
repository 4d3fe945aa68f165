package com.shardsofeternity.server.world;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single row holding the world's current reality and its stability (0-100). */
@Entity
@Table(name = "world_state")
public class WorldStateRecord {

    public static final long SINGLETON_ID = 1;

    @Id
    private Long id;

    @Column(name = "current_reality", nullable = false, length = 64)
    private String currentReality;

    @Column(name = "stability", nullable = false)
    private double stability;

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    @Version
    @Column(name = "row_version")
    private long version;

    protected WorldStateRecord() {
    }

    public WorldStateRecord(String currentReality, double stability, long updatedAt) {
        this.id = SINGLETON_ID;
        this.currentReality = currentReality;
        this.stability = stability;
        this.updatedAt = updatedAt;
    }

    public String currentReality() {
        return currentReality;
    }

    public double stability() {
        return stability;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public void change(String reality, double stability, long at) {
        this.currentReality = reality;
        this.stability = Math.max(0, Math.min(100, stability));
        this.updatedAt = at;
    }
}
