package com.shardsofeternity.server.party;

import com.shardsofeternity.server.realtime.PartyRoster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is in which party, kept in memory for delivery (party chat, character updates) and loaded from
 * the database on first use, so that parties survive a restart. In a cluster other nodes change
 * parties too, so every lookup reads the shared database instead. Lookups run in a transaction because
 * the first one may read the database from a socket thread.
 */
@ApplicationScoped
public class PartyDirectory implements PartyRoster {

    @Inject
    PartyRepository parties;
    @Inject
    com.shardsofeternity.server.config.GameSettings settings;

    private final Map<Long, Long> partyOfCharacter = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> membersOfParty = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    @Override
    @Transactional
    public Collection<Long> memberIds(long partyId) {
        if (settings.clusterEnabled()) {
            return parties.members(partyId).stream().map(PartyMember::characterId).toList();
        }
        ensureLoaded();
        Set<Long> members = membersOfParty.get(partyId);
        return members == null ? List.of() : members;
    }

    @Override
    @Transactional
    public Optional<Long> partyOf(long characterId) {
        if (settings.clusterEnabled()) {
            return parties.membership(characterId).map(PartyMember::partyId);
        }
        ensureLoaded();
        return Optional.ofNullable(partyOfCharacter.get(characterId));
    }

    void joined(long partyId, long characterId) {
        ensureLoaded();
        partyOfCharacter.put(characterId, partyId);
        membersOfParty.computeIfAbsent(partyId, id -> ConcurrentHashMap.newKeySet()).add(characterId);
    }

    void left(long partyId, long characterId) {
        ensureLoaded();
        partyOfCharacter.remove(characterId, partyId);
        Set<Long> members = membersOfParty.get(partyId);
        if (members != null) {
            members.remove(characterId);
        }
    }

    void disbanded(long partyId) {
        membersOfParty.remove(partyId);
    }

    /**
     * Loads memberships now if they are not yet: the party service calls this before it writes, so that
     * the first load never reads the table while the caller holds locks in it.
     */
    void load() {
        ensureLoaded();
    }

    /** Loads memberships on first use; callers are transactional (socket threads need the context). */
    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            for (PartyMember member : parties.allMemberships()) {
                partyOfCharacter.put(member.characterId(), member.partyId());
                membersOfParty.computeIfAbsent(member.partyId(), id -> ConcurrentHashMap.newKeySet()).add(member.characterId());
            }
            loaded = true;
        }
    }
}
