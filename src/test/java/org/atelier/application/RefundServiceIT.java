package org.atelier.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.payment.RefundTooLargeException;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The refund use case inside Payara Micro, called as an admin page will call it: in part, then the
 * rest; and two refunds racing for more than was paid. Sandbox payments refund at once.
 */
@ExtendWith(ArquillianExtension.class)
class RefundServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Inject
    SeatHoldService holds;

    @Inject
    PaymentOutcomeService outcomes;

    @Inject
    RefundService refunds;

    @Inject
    BookingQueryService queries;

    @Inject
    BookingAccess access;

    @Resource(lookup = "java:app/jdbc/atelier")
    DataSource db;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aPartialRefundThenTheRestEndsRefundedAndGivesTheSeatsBack() throws Exception {
        long session = session(10);
        String reference = paidBooking(session, 2, "refund.twice@example.org");

        refunds.refund(reference, OptionalLong.of(2500), "Left at the break", "admin@atelier.test");
        awaitState(reference, "PARTIALLY_REFUNDED");
        assertEquals(2, query("select seats_taken from session where id = " + session), "still coming");

        refunds.refund(reference, OptionalLong.empty(), "Host cancelled", "admin@atelier.test");
        awaitState(reference, "REFUNDED");
        assertEquals(0, query("select seats_taken from session where id = " + session), "the seats are offered again");
        assertEquals(6000, query("select sum(amount) from refund r join booking b on b.id = r.booking_id"
                + " where b.reference = '" + reference + "' and r.status = 'SUCCEEDED'"));
        assertThrows(BookingException.class,
                () -> refunds.refund(reference, OptionalLong.empty(), "Again", "admin@atelier.test"));

        BookingView seen = queries.findForVisitor(reference, access.tokenFor(reference)).orElseThrow();
        assertEquals(List.of(false, true, true), seen.history().stream().map(BookingView.MoneyMovement::refund).toList(),
                "the buyer's page shows the payment and both refunds");
        assertEquals(List.of(6000L, 2500L, 3500L),
                seen.history().stream().map(movement -> movement.amount().amount()).toList());
    }

    @Test
    void twoRefundsRacingForMoreThanWasPaidCannotBothHappen() throws Exception {
        String reference = paidBooking(session(10), 2, "refund.race@example.org");

        Future<Long> first = executor.submit(() -> refunds.refund(reference, OptionalLong.of(3500), "Race A", "a@atelier.test"));
        Future<Long> second = executor.submit(() -> refunds.refund(reference, OptionalLong.of(3500), "Race B", "b@atelier.test"));
        int refused = 0;
        for (Future<Long> refund : List.of(first, second)) {
            try {
                refund.get();
            } catch (ExecutionException e) {
                RefundTooLargeException tooLarge = assertInstanceOf(RefundTooLargeException.class, e.getCause());
                assertEquals(Money.of(2500, "EUR"), tooLarge.refundable());
                refused++;
            }
        }
        assertEquals(1, refused);
        assertEquals(3500, query("select refunded_amount from payment p join booking b on b.id = p.booking_id"
                + " where b.reference = '" + reference + "'"));
        assertEquals(1, query("select count(*) from refund r join booking b on b.id = r.booking_id"
                + " where b.reference = '" + reference + "'"), "the refused one left nothing behind");
    }

    private String paidBooking(long session, int quantity, String email) {
        HoldReceipt hold = holds.hold(new HoldRequest(session, quantity, "Refund Tester", email, List.of(), "en", null));
        outcomes.paid(hold.reference(), new ReceivedPayment("sandbox", "sandbox_" + hold.reference(), null,
                hold.total()));
        return hold.reference();
    }

    private long session(int capacity) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                        base_price_amount, base_price_currency, max_seats_per_booking, status, created_at, updated_at)
                    values (nextval('workshop_id_seq'), 'test-refund-' || currval('workshop_id_seq'), 'Refunds', 'R',
                        'ceramics', 'Host', 60, 3000, 'EUR', 4, 'PUBLISHED', now(), now())""");
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

    private void awaitState(String reference, String state) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String now = stateOf(reference);
        while (!state.equals(now) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            now = stateOf(reference);
        }
        assertEquals(state, now);
    }

    private String stateOf(String reference) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select state from booking where reference = '" + reference + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
