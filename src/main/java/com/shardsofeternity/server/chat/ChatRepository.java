package com.shardsofeternity.server.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Stored chat messages. */
@ApplicationScoped
@Transactional
public class ChatRepository {

    @PersistenceContext(unitName = "sote")
    EntityManager em;

    public void storeAll(List<ChatRecord> records) {
        for (ChatRecord record : records) {
            em.persist(record);
        }
    }

    /**
     * The newest {@code limit} messages of a channel matching {@code visibility} (a JPQL condition on
     * {@code c}) before {@code beforeId}, oldest first.
     */
    public List<ChatRecord> history(String channel, String visibility, Object visibilityValue, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM ChatRecord c WHERE c.channel = :channel");
        if (visibility != null) {
            jpql.append(" AND ").append(visibility);
        }
        if (beforeId != null) {
            jpql.append(" AND c.id < :before");
        }
        jpql.append(" ORDER BY c.id DESC");
        TypedQuery<ChatRecord> query = em.createQuery(jpql.toString(), ChatRecord.class)
                .setParameter("channel", channel).setMaxResults(limit);
        if (visibility != null) {
            query.setParameter("value", visibilityValue);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        List<ChatRecord> newestFirst = new ArrayList<>(query.getResultList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
