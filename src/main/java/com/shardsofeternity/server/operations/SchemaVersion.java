package com.shardsofeternity.server.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One schema version applied to the database, and which node applied it. */
@Entity
@Table(name = "schema_versions")
public class SchemaVersion {

    @Id
    @Column(name = "version")
    private Integer version;

    @Column(name = "applied_at", nullable = false)
    private long appliedAt;

    @Column(name = "applied_by", nullable = false, length = 128)
    private String appliedBy;

    protected SchemaVersion() {
    }

    public SchemaVersion(int version, long appliedAt, String appliedBy) {
        this.version = version;
        this.appliedAt = appliedAt;
        this.appliedBy = appliedBy;
    }

    public int version() {
        return version;
    }
}
