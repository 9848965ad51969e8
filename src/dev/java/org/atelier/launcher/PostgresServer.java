package org.atelier.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL server for the run command and the tests: either an embedded one (real server
 * binaries from a Maven artifact) or one given by URL, on which we create our own databases.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** Starts an embedded server; with a data directory its data survives restarts. */
    public static PostgresServer embedded(int port, Path dataDirectory) throws IOException {
        return embedded(port, dataDirectory, dataDirectory != null);
    }

    /**
     * Starts an embedded server. {@code durable} undoes the embedded server's speed-over-safety
     * defaults (fsync off, asynchronous commit): for data that must survive a crash, and for
     * benchmarks, whose numbers mean nothing on a database that never waits for its disk.
     */
    public static PostgresServer embedded(int port, Path dataDirectory, boolean durable) throws IOException {
        return embedded(port, dataDirectory, durable, Map.of());
    }

    /** The same, with server settings of the caller's own (a benchmark's statistics, say). */
    public static PostgresServer embedded(int port, Path dataDirectory, boolean durable, Map<String, String> settings)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        settings.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        return new PostgresServer(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /** Uses a running server; {@code adminUrl} names any database we may connect to for CREATE DATABASE. */
    public static PostgresServer external(String adminUrl, String user, String password) {
        return new PostgresServer(null, adminUrl, user, password);
    }

    public String jdbcUrl(String database) {
        return withDatabase(adminUrl, database);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public void createDatabaseIfMissing(String database) throws SQLException {
        try (Connection connection = connect(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + requireName(database) + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + requireName(database));
        }
    }

    public void dropDatabase(String database) throws SQLException {
        try (Connection connection = connect(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + requireName(database) + " with (force)");
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        return DriverManager.getConnection(url, properties);
    }

    /** Replaces the database name in a jdbc:postgresql://host:port/name?params URL. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + params;
    }

    private static String requireName(String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        return database;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
