package com.shardsofeternity.server.operations;

import com.shardsofeternity.server.config.GameSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Versioned schema. Each build knows the schema version it was written for ({@link #CURRENT_VERSION})
 * and records it in {@code schema_versions}; versions only ever add tables and columns.
 * <ul>
 * <li>On PostgreSQL (the shared database of a cluster) the schema comes from the scripts
 *     {@code db/postgresql/V<n>__*.sql}, applied in order under an advisory lock, so nodes starting
 *     together apply each version once.</li>
 * <li>On the embedded database EclipseLink creates missing tables and columns; the version is still
 *     recorded.</li>
 * </ul>
 * A node that finds a newer version than its own (an old build joining an upgraded cluster) stays
 * unready instead of writing data in a shape the newer nodes do not expect.
 */
@Singleton
@Startup
@Readiness
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaGuard implements HealthCheck {

    /** Version 1: accounts, sessions, characters, world, parties, chat. */
    public static final int CURRENT_VERSION = 1;
    private static final String[] POSTGRESQL_SCRIPTS = {"V1__initial_schema.sql"};
    private static final long MIGRATION_LOCK = 0x536F7465L;
    private static final Logger LOG = Logger.getLogger(SchemaGuard.class.getName());

    @Resource(lookup = "jdbc/sote-nontx")
    DataSource dataSource;
    @Inject
    GameSettings settings;

    private volatile int databaseVersion;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            connection.setAutoCommit(false);
            if (postgres) {
                try (Statement lock = connection.createStatement()) {
                    lock.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                }
            }
            int found = postgres ? versionOrZero(connection) : ensureTableAndRead(connection);
            if (found > CURRENT_VERSION) {
                databaseVersion = found;
                connection.rollback();
                LOG.severe(() -> "the database schema is version " + found + " but this build knows only " + CURRENT_VERSION
                        + "; this node stays unready: deploy the newer build");
                return;
            }
            for (int version = found + 1; version <= CURRENT_VERSION; version++) {
                if (postgres) {
                    apply(connection, POSTGRESQL_SCRIPTS[version - 1]);
                }
                record(connection, version);
                int applied = version;
                LOG.info(() -> "database schema now at version " + applied);
            }
            connection.commit();
            databaseVersion = Math.max(found, CURRENT_VERSION);
        } catch (SQLException failure) {
            throw new IllegalStateException("cannot check or migrate the database schema: " + failure.getMessage(), failure);
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema").status(databaseVersion == CURRENT_VERSION)
                .withData("database_version", databaseVersion).withData("build_version", CURRENT_VERSION).build();
    }

    private static int versionOrZero(Connection connection) throws SQLException {
        try (Statement check = connection.createStatement();
             ResultSet exists = check.executeQuery("SELECT to_regclass('schema_versions') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        return readVersion(connection);
    }

    /** Derby: EclipseLink made the other tables; the version table is ours to make. */
    private static int ensureTableAndRead(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "SCHEMA_VERSIONS", null)) {
            if (!tables.next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE TABLE schema_versions (version INTEGER NOT NULL PRIMARY KEY, "
                            + "applied_at BIGINT NOT NULL, applied_by VARCHAR(128) NOT NULL)");
                }
            }
        }
        return readVersion(connection);
    }

    private static int readVersion(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet newest = query.executeQuery("SELECT MAX(version) FROM schema_versions")) {
            newest.next();
            return newest.getInt(1);
        }
    }

    private static void apply(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : read("/db/postgresql/" + script).split(";\\s*\\n")) {
                String trimmed = sql.lines().filter(line -> !line.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).strip();
                if (!trimmed.isEmpty()) {
                    statement.execute(trimmed);
                }
            }
        }
    }

    private void record(Connection connection, int version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_versions (version, applied_at, applied_by) VALUES (?, ?, ?)")) {
            insert.setInt(1, version);
            insert.setLong(2, System.currentTimeMillis());
            insert.setString(3, settings.nodeName());
            insert.executeUpdate();
        }
    }

    private static String read(String resource) {
        try (InputStream in = SchemaGuard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
