package com.shardsofeternity.protocol.model;

/** One member of a {@code party}, in joining order. */
public record PartyMember(Long characterId, String characterName, Integer level) {
}
