package com.shardsofeternity.server.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stored parties and memberships. Every call joins the caller's transaction or runs in its own: socket and timer threads have no transaction context of their own. */
@ApplicationScoped
@jakarta.transaction.Transactional
public class PartyRepository {

    @PersistenceContext(unitName = "sote")
    EntityManager em;

    public void store(Object entity) {
        em.persist(entity);
    }

    /** Persists at once, so that a second membership of one character fails here. */
    public void storeNow(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public Optional<Party> find(long partyId) {
        return Optional.ofNullable(em.find(Party.class, partyId));
    }

    /** The party locked for the rest of the transaction: joins and leaves of one party queue up here. */
    public Optional<Party> lock(long partyId) {
        return Optional.ofNullable(em.find(Party.class, partyId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<PartyMember> membership(long characterId) {
        return Optional.ofNullable(em.find(PartyMember.class, characterId));
    }

    public List<PartyMember> members(long partyId) {
        return em.createNamedQuery("PartyMember.ofParty", PartyMember.class).setParameter("partyId", partyId).getResultList();
    }

    public List<PartyMember> allMemberships() {
        return em.createNamedQuery("PartyMember.all", PartyMember.class).getResultList();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }
}
