package org.atelier.testing.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Workshops and sessions of a test's own, written straight into the test database, so that tests
 * never depend on each other or on the demo catalogue's seat counts.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static long publishedWorkshop(long priceCents, int maxSeatsPerBooking) throws SQLException {
        return publishedWorkshop(priceCents, maxSeatsPerBooking, "ceramics");
    }

    /** Its slug starts with "test-", which tells it apart from the demo catalogue. */
    public static long publishedWorkshop(long priceCents, int maxSeatsPerBooking, String category) throws SQLException {
        try (Connection db = TestDb.connect(); PreparedStatement insert = db.prepareStatement("""
                insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                    base_price_amount, base_price_currency, max_seats_per_booking, status, created_at, updated_at)
                values (nextval('workshop_id_seq'), ?, ?, 'A workshop made by a test', ?, 'Test Host', 120,
                    ?, 'EUR', ?, 'PUBLISHED', now(), now())
                returning id""")) {
            String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
            insert.setString(1, slug);
            insert.setString(2, "Test workshop " + slug);
            insert.setString(3, category);
            insert.setLong(4, priceCents);
            insert.setInt(5, maxSeatsPerBooking);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static long session(long workshopId, Duration startsIn, int capacity, int seatsTaken) throws SQLException {
        Instant start = Instant.now().plus(startsIn).truncatedTo(ChronoUnit.MINUTES);
        try (Connection db = TestDb.connect(); PreparedStatement insert = db.prepareStatement("""
                insert into session (id, workshop_id, starts_at, ends_at, location, capacity, seats_taken, status, created_at)
                values (nextval('session_id_seq'), ?, ?, ?, 'Test room', ?, ?, 'SCHEDULED', now())
                returning id""")) {
            insert.setLong(1, workshopId);
            insert.setObject(2, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
            insert.setObject(3, OffsetDateTime.ofInstant(start.plus(Duration.ofHours(2)), ZoneOffset.UTC));
            insert.setInt(4, capacity);
            insert.setInt(5, seatsTaken);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A price for a group of exactly {@code seats} at one workshop, for anyone. */
    public static void groupPrice(long workshopId, int seats, long totalCents) throws SQLException {
        try (Connection db = TestDb.connect(); PreparedStatement insert = db.prepareStatement("""
                insert into pricing_rule (id, name, name_nl, scope, scope_workshop_id, effect, amount, currency,
                    exact_seats, created_at, updated_at)
                values (nextval('pricing_rule_id_seq'), ?, 'Groep van ' || ?, 'WORKSHOP', ?, 'GROUP_PRICE', ?, 'EUR', ?,
                    now(), now())""")) {
            insert.setString(1, "Group of " + seats);
            insert.setInt(2, seats);
            insert.setLong(3, workshopId);
            insert.setLong(4, totalCents);
            insert.setInt(5, seats);
            insert.executeUpdate();
        }
    }

    /**
     * A refund of a paid booking that the provider refused, as a card refund to a closed card ends:
     * recorded FAILED with the provider's reason, its amount free to be refunded again.
     */
    public static void failedRefund(String reference, long amountCents, String failureReason) throws SQLException {
        try (Connection db = TestDb.connect(); PreparedStatement insert = db.prepareStatement("""
                insert into refund (id, payment_id, booking_id, amount, currency, reason, requested_by, status,
                    provider_refund_id, failure_reason, created_at, updated_at)
                select nextval('refund_id_seq'), p.id, b.id, ?, p.currency, 'Goodwill', 'admin@atelier.test', 'FAILED',
                    're_failed_' || b.reference, ?, now(), now()
                from payment p join booking b on b.id = p.booking_id where b.reference = ?""")) {
            insert.setLong(1, amountCents);
            insert.setString(2, failureReason);
            insert.setString(3, reference);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("booking " + reference + " has no one payment to refund");
            }
        }
    }

    public static String slugOf(long workshopId) throws SQLException {
        return TestDb.queryString("select slug from workshop where id = " + workshopId);
    }

    public static int seatsTaken(long sessionId) throws SQLException {
        return (int) TestDb.queryLong("select seats_taken from session where id = " + sessionId);
    }
}
