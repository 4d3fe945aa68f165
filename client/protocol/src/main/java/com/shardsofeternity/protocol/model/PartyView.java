package com.shardsofeternity.protocol.model;

import java.util.List;

/** The protocol's {@code party}. */
public record PartyView(Long id, String name, Long leaderId, List<PartyMember> members, Long createdAt) {
}
