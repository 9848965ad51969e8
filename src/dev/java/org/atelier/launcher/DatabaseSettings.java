package org.atelier.launcher;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where Atelier's database is, and a check that fails fast with one line naming the setting to
 * fix, before Payara Micro spends half a minute starting.
 */
public record DatabaseSettings(String url, String user, String password) {

    /** Answers the problem as one line, or nothing when the database answers. */
    public Optional<String> problem() {
        try (Connection ignored = PostgresServer.connect(url, user, password)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("Atelier cannot connect to PostgreSQL at " + url + " as " + user + ": "
                    + firstLine(e.getMessage()) + ". Fix " + settingToFix(e.getSQLState()) + ".");
        }
    }

    /** PostgreSQL's SQLSTATE tells which of the three settings is wrong. */
    static String settingToFix(String sqlState) {
        if ("28P01".equals(sqlState)) {
            return "ATELIER_DB_PASSWORD";
        }
        if ("28000".equals(sqlState)) {
            return "ATELIER_DB_USER (or ATELIER_DB_PASSWORD)";
        }
        return "ATELIER_DB_URL";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
