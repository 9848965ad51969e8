package org.atelier.testing.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * For tests that run inside Payara Micro: the application's own datasource, a session of a
 * workshop of the test's own, and single values read back.
 */
public final class ContainerDb {

    private ContainerDb() {
    }

    public static long publishedSession(DataSource db, int capacity) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                        base_price_amount, base_price_currency, max_seats_per_booking, status, created_at, updated_at)
                    values (nextval('workshop_id_seq'), 'test-in-container-' || currval('workshop_id_seq'), 'Refunds',
                        'R', 'ceramics', 'Host', 60, 3000, 'EUR', 4, 'PUBLISHED', now(), now())""");
            try (ResultSet rs = statement.executeQuery("""
                    insert into session (id, workshop_id, starts_at, ends_at, location, capacity, status, created_at)
                    values (nextval('session_id_seq'), currval('workshop_id_seq'), now() + interval '9 days',
                        now() + interval '9 days 2 hours', 'Studio', %d, 'SCHEDULED', now()) returning id"""
                    .formatted(capacity))) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static String text(DataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    public static long number(DataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void execute(DataSource db, String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
