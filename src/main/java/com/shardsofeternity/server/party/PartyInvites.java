package com.shardsofeternity.server.party;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Invitations held in this node's memory (single-node mode). */
@jakarta.enterprise.context.ApplicationScoped
@jakarta.enterprise.inject.Typed(PartyInvites.class)
public class PartyInvites implements InviteStore {

    private record Key(long partyId, long inviteeId) {
    }

    private final Map<Key, Long> expiries = new ConcurrentHashMap<>();

    @Override
    public void offer(long partyId, long inviteeId, long expiresAt) {
        expiries.put(new Key(partyId, inviteeId), expiresAt);
    }

    @Override
    public boolean isLive(long partyId, long inviteeId, long now) {
        Long expiresAt = expiries.get(new Key(partyId, inviteeId));
        return expiresAt != null && expiresAt > now;
    }

    @Override
    public boolean take(long partyId, long inviteeId, long now) {
        Long expiresAt = expiries.remove(new Key(partyId, inviteeId));
        return expiresAt != null && expiresAt > now;
    }

    @Override
    public void dropExpired(long now) {
        expiries.values().removeIf(expiresAt -> expiresAt <= now);
    }

    @Override
    public void dropParty(long partyId) {
        expiries.keySet().removeIf(key -> key.partyId() == partyId);
    }
}
