package com.shardsofeternity.protocol.message;

/** Accept a live invitation. */
public record PartyJoin(Long partyId) {
}
