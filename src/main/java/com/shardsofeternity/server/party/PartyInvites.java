package com.shardsofeternity.server.party;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Open invitations, one per (party, invitee), each with its own expiry and usable once. */
public class PartyInvites {

    private record Key(long partyId, long inviteeId) {
    }

    private final Map<Key, Long> expiries = new ConcurrentHashMap<>();

    public void offer(long partyId, long inviteeId, long expiresAt) {
        expiries.put(new Key(partyId, inviteeId), expiresAt);
    }

    /** Uses up a live invitation; false when there is none or it expired. */
    public boolean take(long partyId, long inviteeId, long now) {
        Long expiresAt = expiries.remove(new Key(partyId, inviteeId));
        return expiresAt != null && expiresAt > now;
    }

    /** Puts back an invitation taken for a join that then failed (a full party, say). */
    public void restore(long partyId, long inviteeId, long expiresAt) {
        expiries.putIfAbsent(new Key(partyId, inviteeId), expiresAt);
    }

    public void dropExpired(long now) {
        expiries.values().removeIf(expiresAt -> expiresAt <= now);
    }

    public void dropParty(long partyId) {
        expiries.keySet().removeIf(key -> key.partyId() == partyId);
    }
}
