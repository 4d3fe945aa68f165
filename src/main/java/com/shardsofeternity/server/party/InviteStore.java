package com.shardsofeternity.server.party;

/** Open party invitations: one per (party, invitee), each with an expiry, usable once. */
public interface InviteStore {

    void offer(long partyId, long inviteeId, long expiresAt);

    /** Whether there is a live invitation, without using it up. */
    boolean isLive(long partyId, long inviteeId, long now);

    /** Uses up a live invitation; false when there is none or it expired. */
    boolean take(long partyId, long inviteeId, long now);

    void dropExpired(long now);

    void dropParty(long partyId);
}
