package org.atelier.infrastructure.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.booking.HoldRequest;
import org.atelier.application.booking.SeatHoldService;
import org.atelier.application.payment.PaymentOutcomeService;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.ContainerDb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reminders before a session, planned by two schedulers at once on one database, as two instances
 * of Atelier would: each buyer and participant is reminded exactly once, and a booking made inside
 * the reminder window (3 hours before the start) is not reminded at all.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderPlannerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelierWarForInContainerTests();
    }

    @Inject
    ReminderPlanner planner;

    @Inject
    SeatHoldService holds;

    @Inject
    PaymentOutcomeService outcomes;

    @Resource(lookup = "java:app/jdbc/atelier")
    DataSource db;

    @Resource
    ManagedExecutorService executor;

    @Test
    void twoSchedulersRemindEachBuyerAndParticipantExactlyOnceAndNotABookingMadeInsideTheWindow() throws Exception {
        long tomorrow = ContainerDb.publishedSession(db, 10);
        String early = paidBooking(tomorrow, "booked.early@example.org", "guest.early@example.org");
        // Booked days ago; the session is now 20 hours away, inside the 24-hour window.
        ContainerDb.execute(db, "update booking set created_at = now() - interval '3 days' where reference = '" + early + "'");
        startIn(tomorrow, "20 hours");
        long soon = ContainerDb.publishedSession(db, 10);
        startIn(soon, "3 hours");
        String late = paidBooking(soon, "booked.late@example.org", null);

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> scheduler = () -> {
            start.await();
            return planner.planDue();
        };
        List<Future<Integer>> schedulers = List.of(executor.submit(scheduler), executor.submit(scheduler));
        start.countDown();
        for (Future<Integer> run : schedulers) {
            run.get();
        }
        planner.planDue();

        assertEquals(2, reminders(early), "the buyer and the participant with an address, once each");
        assertEquals(0, reminders(late), "booked 3 hours ahead: the confirmation was the reminder");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(2, ContainerDb.number(db,
                "select count(*) from outbox_message m join booking b on b.id = m.booking_id where m.kind = 'REMINDER_MAIL'"
                        + " and b.reference = '" + early + "' and m.sent_at is not null and m.attempts = 1")));
        planner.planDue();
        assertEquals(2, reminders(early), "a reminder sent is not planned again");
    }

    private long reminders(String reference) throws SQLException {
        return ContainerDb.number(db, "select count(*) from outbox_message m join booking b on b.id = m.booking_id"
                + " where m.kind = 'REMINDER_MAIL' and b.reference = '" + reference + "'");
    }

    private void startIn(long session, String interval) throws SQLException {
        ContainerDb.execute(db, "update session set starts_at = now() + interval '" + interval + "', ends_at = now() + interval '"
                + interval + "' + interval '2 hours' where id = " + session);
    }

    private String paidBooking(long session, String email, String participantEmail) {
        List<HoldRequest.ParticipantInput> participants = participantEmail == null ? List.of()
                : List.of(new HoldRequest.ParticipantInput("Guest", participantEmail));
        HoldReceipt hold = holds.hold(new HoldRequest(session, 1 + participants.size(), "Reminded Buyer", email,
                participants, "en", null));
        outcomes.paid(hold.reference(), new ReceivedPayment("sandbox", "sandbox_" + hold.reference(), null, hold.total()));
        return hold.reference();
    }
}
