package org.atelier.testing.db;

import org.atelier.launcher.PostgresServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Gives every integration-test run a database of its own, created before Arquillian reads
 * arquillian.xml and dropped at the end: on the server at ATELIER_TEST_DB_URL when set,
 * otherwise on an embedded PostgreSQL. Its coordinates go into system properties.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL = "atelier.test.db.url";
    public static final String USER = "atelier.test.db.user";
    public static final String PASSWORD = "atelier.test.db.password";

    private PostgresServer server;
    private String database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("atelier.it") || server != null) {
            return;
        }
        try {
            String external = System.getenv("ATELIER_TEST_DB_URL");
            server = external == null || external.isBlank()
                    ? PostgresServer.embedded(0, null)
                    : PostgresServer.external(external, envOr("ATELIER_TEST_DB_USER", "postgres"),
                    envOr("ATELIER_TEST_DB_PASSWORD", ""));
            database = "atelier_test_" + HexFormat.of().formatHex(SecureRandom.getSeed(4));
            server.createDatabaseIfMissing(database);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded test database", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database (ATELIER_TEST_DB_URL)", e);
        }
        System.setProperty(URL, server.jdbcUrl(database));
        System.setProperty(USER, server.user());
        System.setProperty(PASSWORD, server.password());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server == null) {
            return;
        }
        try {
            server.dropDatabase(database);
            server.close();
        } catch (SQLException | IOException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
