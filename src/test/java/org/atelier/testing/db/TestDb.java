package org.atelier.testing.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A JDBC connection to this run's test database, for checking what the application wrote. */
public final class TestDb {

    private TestDb() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty(TestDatabase.URL),
                System.getProperty(TestDatabase.USER), System.getProperty(TestDatabase.PASSWORD));
    }

    public static long queryLong(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("No row for: " + sql);
            }
            return rs.getLong(1);
        }
    }

    public static <T> T queryObject(String sql, Class<T> type) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("No row for: " + sql);
            }
            return rs.getObject(1, type);
        }
    }

    public static String queryString(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("No row for: " + sql);
            }
            return rs.getString(1);
        }
    }

    public static void execute(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
