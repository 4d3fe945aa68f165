package com.shardsofeternity.server.character;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stored characters. Every call joins the caller's transaction or runs in its own: socket and timer threads have no transaction context of their own. */
@ApplicationScoped
@jakarta.transaction.Transactional
public class CharacterRepository {

    @PersistenceContext(unitName = "sote")
    EntityManager em;

    public void storeNow(PlayerCharacter character) {
        em.persist(character);
        em.flush();
    }

    public Optional<PlayerCharacter> find(long id) {
        return Optional.ofNullable(em.find(PlayerCharacter.class, id));
    }

    public Optional<PlayerCharacter> findForUpdate(long id) {
        return Optional.ofNullable(em.find(PlayerCharacter.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<PlayerCharacter> ofAccount(long accountId) {
        return em.createNamedQuery("PlayerCharacter.ofAccount", PlayerCharacter.class)
                .setParameter("accountId", accountId).getResultList();
    }

    public boolean nameTaken(String name) {
        return em.createNamedQuery("PlayerCharacter.byNameKey", PlayerCharacter.class)
                .setParameter("key", PlayerCharacter.keyOf(name)).getResultStream().findAny().isPresent();
    }

    public long count() {
        return em.createNamedQuery("PlayerCharacter.count", Long.class).getSingleResult();
    }
}
