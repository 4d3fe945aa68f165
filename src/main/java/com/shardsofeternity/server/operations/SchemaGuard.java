package com.shardsofeternity.server.operations;

import com.shardsofeternity.server.config.GameSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Versioned schema: each build knows the schema version it was written for and records it in
 * {@code schema_versions}. Schema changes only ever add tables and columns. A node that finds a newer
 * version than its own (an older build joining an upgraded cluster) refuses readiness instead of
 * writing data in a shape the newer nodes do not expect.
 */
@Singleton
@Startup
@Readiness
public class SchemaGuard implements HealthCheck {

    /** Version 1: accounts, sessions, characters, world, parties, chat. */
    public static final int CURRENT_VERSION = 1;
    private static final Logger LOG = Logger.getLogger(SchemaGuard.class.getName());

    @PersistenceContext(unitName = "sote")
    EntityManager em;
    @Inject
    GameSettings settings;

    private volatile int databaseVersion;

    @PostConstruct
    void check() {
        Integer newest = em.createQuery("SELECT MAX(v.version) FROM SchemaVersion v", Integer.class).getSingleResult();
        databaseVersion = newest == null ? 0 : newest;
        if (databaseVersion > CURRENT_VERSION) {
            LOG.severe(() -> "the database schema is version " + databaseVersion + " but this build knows only "
                    + CURRENT_VERSION + "; this node stays unready: deploy the newer build");
            return;
        }
        if (databaseVersion < CURRENT_VERSION) {
            try {
                em.persist(new SchemaVersion(CURRENT_VERSION, System.currentTimeMillis(), settings.nodeName()));
                em.flush();
                LOG.info(() -> "database schema now at version " + CURRENT_VERSION);
            } catch (PersistenceException raced) {
                LOG.info("another node recorded the schema version first");
            }
            databaseVersion = CURRENT_VERSION;
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema").status(databaseVersion <= CURRENT_VERSION)
                .withData("database_version", databaseVersion).withData("build_version", CURRENT_VERSION).build();
    }
}
