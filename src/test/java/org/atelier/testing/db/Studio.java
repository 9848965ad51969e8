package org.atelier.testing.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Hosts with working hours and services of a test's own, written straight into the test database. */
public final class Studio {

    private Studio() {
    }

    /**
     * A host who works every day of the week from {@code from} to {@code until} in Amsterdam, with
     * the given buffers (minutes) and grid interval.
     */
    public static Accounts.TestAccount host(LocalTime from, LocalTime until, int bufferBefore, int bufferAfter,
                                            int interval) throws SQLException {
        Accounts.TestAccount host = Accounts.create("HOST");
        TestDb.execute("insert into host_schedule (account_id, zone, buffer_before_minutes, buffer_after_minutes, "
                + "interval_minutes, updated_at) values (" + host.id() + ", 'Europe/Amsterdam', " + bufferBefore + ", "
                + bufferAfter + ", " + interval + ", now())");
        for (int day = 1; day <= 7; day++) {
            TestDb.execute("insert into host_weekly_hours (account_id, weekday, starts, ends) values (" + host.id() + ", "
                    + day + ", '" + from + "', '" + until + "')");
        }
        return host;
    }

    /** A published service of {@code minutes} at {@code priceCents}, given by the hosts named. */
    public static long service(long priceCents, int minutes, long... hostIds) throws SQLException {
        long id;
        try (Connection db = TestDb.connect(); PreparedStatement insert = db.prepareStatement("""
                insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                    base_price_amount, base_price_currency, max_seats_per_booking, status, kind, location,
                    created_at, updated_at)
                values (nextval('workshop_id_seq'), ?, ?, 'A service made by a test', 'studio', 'Studio hosts', ?,
                    ?, 'EUR', 1, 'PUBLISHED', 'SERVICE', 'Studio 2', now(), now())
                returning id""")) {
            String slug = "test-service-" + UUID.randomUUID().toString().substring(0, 8);
            insert.setString(1, slug);
            insert.setString(2, "Test service " + slug);
            insert.setInt(3, minutes);
            insert.setLong(4, priceCents);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        for (long host : hostIds) {
            TestDb.execute("insert into service_host (workshop_id, account_id) values (" + id + ", " + host + ")");
        }
        return id;
    }

    /** The host is away from {@code from} until {@code until}. */
    public static void absence(long hostId, Instant from, Instant until) throws SQLException {
        TestDb.execute("insert into host_absence (id, account_id, starts_at, ends_at, reason, created_at) values ("
                + "nextval('host_absence_id_seq'), " + hostId + ", '" + OffsetDateTime.ofInstant(from, ZoneOffset.UTC)
                + "', '" + OffsetDateTime.ofInstant(until, ZoneOffset.UTC) + "', 'test', now())");
    }

    /** The next Monday to Friday at least {@code daysAhead} days after today in Amsterdam. */
    public static LocalDate weekdayAfter(int daysAhead) {
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(daysAhead);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Pairs of a host's taken appointments whose buffered times overlap: always none. */
    public static long overlappingAppointments(long hostId) throws SQLException {
        return TestDb.queryLong("""
                select count(*) from session a join session b
                  on a.host_account_id = b.host_account_id and a.id < b.id
                 and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
                where a.host_account_id = %d and a.seats_taken > 0 and b.seats_taken > 0""".formatted(hostId));
    }
}
