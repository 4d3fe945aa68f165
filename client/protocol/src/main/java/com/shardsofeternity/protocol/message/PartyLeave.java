package com.shardsofeternity.protocol.message;

/** Leave a party. */
public record PartyLeave(Long partyId) {
}
