package com.shardsofeternity.protocol.message;

/** Client: invite {@code inviteeId}. Server: the invitation as the invitee sees it. */
public record PartyInvite(
        Long partyId,
        Long inviteeId,
        String partyName,
        Long inviterId,
        String inviterName,
        Long expiresAt) {

    public static PartyInvite send(long partyId, long inviteeId) {
        return new PartyInvite(partyId, inviteeId, null, null, null, null);
    }
}
