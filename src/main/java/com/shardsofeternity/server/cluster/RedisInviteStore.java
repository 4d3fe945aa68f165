package com.shardsofeternity.server.cluster;

import com.shardsofeternity.server.party.InviteStore;
import io.lettuce.core.SetArgs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/** Party invitations in Redis: a key per (party, invitee) that expires with the invitation, taken with GETDEL. */
@ApplicationScoped
@Typed(RedisInviteStore.class)
public class RedisInviteStore implements InviteStore {

    @Inject
    Redis redis;

    @Override
    public void offer(long partyId, long inviteeId, long expiresAt) {
        long ttl = Math.max(1, expiresAt - System.currentTimeMillis());
        redis.sync().set(key(partyId, inviteeId), Long.toString(expiresAt), SetArgs.Builder.px(ttl));
    }

    @Override
    public boolean isLive(long partyId, long inviteeId, long now) {
        String expiresAt = redis.sync().get(key(partyId, inviteeId));
        return expiresAt != null && Long.parseLong(expiresAt) > now;
    }

    @Override
    public boolean take(long partyId, long inviteeId, long now) {
        String expiresAt = redis.sync().getdel(key(partyId, inviteeId));
        return expiresAt != null && Long.parseLong(expiresAt) > now;
    }

    @Override
    public void dropExpired(long now) {
        // Redis expires the keys itself.
    }

    @Override
    public void dropParty(long partyId) {
        // Invitations to a disbanded party fail at join (the party is gone) and expire on their own.
    }

    private String key(long partyId, long inviteeId) {
        return redis.key("invite:") + partyId + ":" + inviteeId;
    }
}
