package com.shardsofeternity.server.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A party: its name and leader. Members are {@link PartyMember} rows. */
@Entity
@Table(name = "parties")
public class Party {

    @Id
    @TableGenerator(name = "party_ids", table = "id_sequences", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "parties", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "party_ids")
    private Long id;

    @Column(name = "name", nullable = false, length = 32)
    private String name;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Version
    @Column(name = "row_version")
    private long version;

    protected Party() {
    }

    public Party(String name, long leaderId, long createdAt) {
        this.name = name;
        this.leaderId = leaderId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long leaderId() {
        return leaderId;
    }

    public void passLeadTo(long characterId) {
        this.leaderId = characterId;
    }

    public long createdAt() {
        return createdAt;
    }
}
