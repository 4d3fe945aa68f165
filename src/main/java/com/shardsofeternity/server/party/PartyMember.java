package com.shardsofeternity.server.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A character's membership of a party; a character is in at most one party (it is the key). */
@Entity
@Table(name = "party_members", indexes = @Index(name = "ix_party_members_party", columnList = "party_id, joined_seq"))
@NamedQuery(name = "PartyMember.ofParty",
        query = "SELECT m FROM PartyMember m WHERE m.partyId = :partyId ORDER BY m.joinedSeq")
@NamedQuery(name = "PartyMember.all", query = "SELECT m FROM PartyMember m")
public class PartyMember {

    @Id
    @Column(name = "character_id")
    private Long characterId;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "joined_at", nullable = false)
    private long joinedAt;

    /** Joining order within the party, for "longest-standing member" without ties. */
    @Column(name = "joined_seq", nullable = false)
    private long joinedSeq;

    protected PartyMember() {
    }

    public PartyMember(long characterId, long partyId, long joinedAt, long joinedSeq) {
        this.characterId = characterId;
        this.partyId = partyId;
        this.joinedAt = joinedAt;
        this.joinedSeq = joinedSeq;
    }

    public long characterId() {
        return characterId;
    }

    public long partyId() {
        return partyId;
    }

    public long joinedSeq() {
        return joinedSeq;
    }
}
