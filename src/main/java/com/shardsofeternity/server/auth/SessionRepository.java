package com.shardsofeternity.server.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stored sessions. Every call joins the caller's transaction or runs in its own: socket and timer threads have no transaction context of their own. */
@ApplicationScoped
@jakarta.transaction.Transactional
public class SessionRepository {

    @PersistenceContext(unitName = "sote")
    EntityManager em;

    public void store(GameSession session) {
        em.persist(session);
    }

    public Optional<GameSession> findByDigest(String digest) {
        return em.createNamedQuery("GameSession.byDigest", GameSession.class)
                .setParameter("digest", digest).getResultStream().findFirst();
    }

    public Optional<GameSession> findByPublicId(String publicId) {
        return em.createNamedQuery("GameSession.byPublicId", GameSession.class)
                .setParameter("publicId", publicId).getResultStream().findFirst();
    }

    public List<GameSession> liveOfAccount(long accountId) {
        return em.createNamedQuery("GameSession.liveOfAccount", GameSession.class)
                .setParameter("accountId", accountId).getResultList();
    }

    public List<GameSession> dueToExpire(long idleCutoff, long now, int max) {
        return em.createNamedQuery("GameSession.dueToExpire", GameSession.class)
                .setParameter("idleCutoff", idleCutoff).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    public long countLive() {
        return em.createNamedQuery("GameSession.countLive", Long.class).getSingleResult();
    }

    public int purgeEndedBefore(long cutoff) {
        return em.createNamedQuery("GameSession.purgeEnded").setParameter("cutoff", cutoff).executeUpdate();
    }
}
