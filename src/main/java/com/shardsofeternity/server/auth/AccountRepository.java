package com.shardsofeternity.server.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stored accounts. Every call joins the caller's transaction or runs in its own: socket and timer threads have no transaction context of their own. */
@ApplicationScoped
@jakarta.transaction.Transactional
public class AccountRepository {

    @PersistenceContext(unitName = "sote")
    EntityManager em;

    /** Stores and flushes at once, so that a duplicate username fails here and not at commit. */
    public void storeNow(Account account) {
        em.persist(account);
        em.flush();
    }

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.byUsernameKey", Account.class)
                .setParameter("key", Account.keyOf(username)).getResultStream().findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public long count() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult();
    }
}
