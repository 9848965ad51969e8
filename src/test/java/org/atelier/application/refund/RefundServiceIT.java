package org.atelier.application.refund;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.atelier.application.booking.BookingAccess;
import org.atelier.application.booking.BookingQueryService;
import org.atelier.application.booking.BookingView;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.booking.HoldRequest;
import org.atelier.application.booking.SeatHoldService;
import org.atelier.application.cancellation.BuyerCancellation;
import org.atelier.application.payment.PaymentOutcomeService;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.payment.RefundTooLargeException;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.ContainerDb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.awaitility.Awaitility.await;

/**
 * The refund use case inside Payara Micro, called as an admin page will call it: in part, then the
 * rest; and two refunds racing for more than was paid. Sandbox payments refund at once.
 */
@ExtendWith(ArquillianExtension.class)
class RefundServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelierWarForInContainerTests();
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

    @Inject
    BuyerCancellation buyer;

    @Resource(lookup = "java:app/jdbc/atelier")
    DataSource db;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aPartialRefundThenTheRestEndsRefundedAndGivesTheSeatsBack() throws Exception {
        long session = ContainerDb.publishedSession(db, 10);
        String reference = paidBooking(session, 2, "refund.twice@example.org");

        refunds.refund(reference, OptionalLong.of(2500), "Left at the break", "admin@atelier.test");
        awaitState(reference, "PARTIALLY_REFUNDED");
        assertEquals(2, ContainerDb.number(db, "select seats_taken from session where id = " + session), "still coming");

        refunds.refund(reference, OptionalLong.empty(), "Host cancelled", "admin@atelier.test");
        awaitState(reference, "REFUNDED");
        assertEquals(0, ContainerDb.number(db, "select seats_taken from session where id = " + session), "the seats are offered again");
        assertEquals(6000, ContainerDb.number(db, "select sum(amount) from refund r join booking b on b.id = r.booking_id"
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
        String reference = paidBooking(ContainerDb.publishedSession(db, 10), 2, "refund.race@example.org");

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
        assertEquals(3500, ContainerDb.number(db, "select refunded_amount from payment p join booking b on b.id = p.booking_id"
                + " where b.reference = '" + reference + "'"));
        assertEquals(1, ContainerDb.number(db, "select count(*) from refund r join booking b on b.id = r.booking_id"
                + " where b.reference = '" + reference + "'"), "the refused one left nothing behind");
    }

    @Test
    void aDoubleClickedCancelCancelsOnceAndRefundsOnce() throws Exception {
        long session = ContainerDb.publishedSession(db, 10);
        String reference = paidBooking(session, 2, "cancel.twice@example.org");
        String token = access.tokenFor(reference);

        List<Future<BuyerCancellation.Preview>> clicks = List.of(
                executor.submit(() -> buyer.cancel(reference, token)), executor.submit(() -> buyer.cancel(reference, token)));
        int refused = 0;
        for (Future<BuyerCancellation.Preview> click : clicks) {
            try {
                assertEquals(6000, click.get().back().amount(), "all back, days ahead");
            } catch (ExecutionException e) {
                assertEquals("cancel.ended", assertInstanceOf(BookingException.class, e.getCause()).messageKey());
                refused++;
            }
        }
        assertEquals(1, refused, "the second click finds the booking cancelled");
        assertEquals(1, ContainerDb.number(db, "select count(*) from refund r join booking b on b.id = r.booking_id"
                + " where b.reference = '" + reference + "'"));
        assertEquals(0, ContainerDb.number(db, "select seats_taken from session where id = " + session));
        assertThrows(BookingException.class, () -> buyer.cancel(reference, "not-the-token"), "only the link's owner");
    }

    @Test
    void theBuyersCancellationRacingAnAdminsRefundNeverGivesBackMoreThanWasPaid() throws Exception {
        String reference = paidBooking(ContainerDb.publishedSession(db, 10), 2, "cancel.race@example.org");
        String token = access.tokenFor(reference);

        List<Future<?>> racers = List.of(executor.submit(() -> buyer.cancel(reference, token)),
                executor.submit(() -> refunds.refund(reference, OptionalLong.empty(), "Admin's refund", "a@atelier.test")));
        for (Future<?> racer : racers) {
            try {
                racer.get();
            } catch (ExecutionException e) {
                assertInstanceOf(BookingException.class, e.getCause(), "a refusal, not a failure");
            }
        }
        String paid = " from payment p join booking b on b.id = p.booking_id where b.reference = '" + reference + "'";
        assertEquals(6000, ContainerDb.number(db, "select refunded_amount" + paid), "what was paid goes back, once");
        assertEquals(6000, ContainerDb.number(db, "select sum(r.amount) from refund r join booking b on b.id = r.booking_id"
                + " where b.reference = '" + reference + "'"));
    }

    private String paidBooking(long session, int quantity, String email) {
        HoldReceipt hold = holds.hold(new HoldRequest(session, quantity, "Refund Tester", email, List.of(), "en", null));
        outcomes.paid(hold.reference(), new ReceivedPayment("sandbox", "sandbox_" + hold.reference(), null,
                hold.total()));
        return hold.reference();
    }


    private void awaitState(String reference, String state) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(state, stateOf(reference)));
    }

    private String stateOf(String reference) throws SQLException {
        return ContainerDb.text(db, "select state from booking where reference = '" + reference + "'");
    }
}
