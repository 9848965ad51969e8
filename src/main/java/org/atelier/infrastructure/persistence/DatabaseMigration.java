package org.atelier.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema to the version of the scripts in sql/ before anything reads the database.
 * Flyway manages its own transactions, hence bean-managed transactions here.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/atelier")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        requireConnection();
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** A wrong URL or password should say which setting to fix, not only throw a pool exception. */
    private void requireConnection() {
        try (Connection connection = dataSource.getConnection()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            LOG.fine(() -> "Connected to PostgreSQL " + version);
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Atelier cannot connect to its PostgreSQL database: " + e.getMessage()
                    + ". Check ATELIER_DB_URL, ATELIER_DB_USER and ATELIER_DB_PASSWORD.", e);
            throw new IllegalStateException("No database connection; check ATELIER_DB_URL, "
                    + "ATELIER_DB_USER and ATELIER_DB_PASSWORD", e);
        }
    }
}
