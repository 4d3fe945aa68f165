package com.shardsofeternity.protocol.message;

import com.shardsofeternity.protocol.model.PartyMember;
import java.util.List;

/** A party's membership changed; {@code event} is created, joined, left, disbanded or leader_changed. */
public record PartyUpdate(
        Long partyId,
        String name,
        Long leaderId,
        List<PartyMember> members,
        Long createdAt,
        String event) {
}
