package com.shardsofeternity.server.world;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stored locations, factions, shards and world state. Every call joins the caller's transaction or runs in its own: socket and timer threads have no transaction context of their own. */
@ApplicationScoped
@jakarta.transaction.Transactional
public class WorldRepository {

    @PersistenceContext(unitName = "sote")
    EntityManager em;

    public List<Location> locations() {
        return em.createNamedQuery("Location.all", Location.class).getResultList();
    }

    public List<Faction> factions() {
        return em.createNamedQuery("Faction.all", Faction.class).getResultList();
    }

    public List<Shard> shards() {
        return em.createNamedQuery("Shard.all", Shard.class).getResultList();
    }

    public Optional<Shard> shard(long id) {
        return Optional.ofNullable(em.find(Shard.class, id));
    }

    /** The shard, locked for update so that two captures cannot both win. */
    public Optional<Shard> shardForUpdate(long id) {
        return Optional.ofNullable(em.find(Shard.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<WorldStateRecord> worldState() {
        return Optional.ofNullable(em.find(WorldStateRecord.class, WorldStateRecord.SINGLETON_ID));
    }

    public Optional<WorldStateRecord> worldStateForUpdate() {
        return Optional.ofNullable(em.find(WorldStateRecord.class, WorldStateRecord.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean isSeeded() {
        return em.find(WorldStateRecord.class, WorldStateRecord.SINGLETON_ID) != null;
    }

    public void store(Object entity) {
        em.persist(entity);
    }
}
