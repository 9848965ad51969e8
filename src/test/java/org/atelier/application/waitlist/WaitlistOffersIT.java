package org.atelier.application.waitlist;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.atelier.application.booking.BookingAccess;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.booking.HoldRequest;
import org.atelier.application.booking.SeatHoldService;
import org.atelier.application.booking.Seats;
import org.atelier.application.cancellation.BuyerCancellation;
import org.atelier.application.payment.PaymentOutcomeService;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.waitlist.WaitlistState;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.ContainerDb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The waitlist inside Payara Micro on PostgreSQL: ten seats of a full session come free at once,
 * ten cancellations racing, while fifty people wait for one seat each. Checked in SQL.
 */
@ExtendWith(ArquillianExtension.class)
class WaitlistOffersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelierWarForInContainerTests();
    }

    @Inject
    Waitlist waitlist;

    @Inject
    SeatHoldService holds;

    @Inject
    PaymentOutcomeService outcomes;

    @Inject
    BuyerCancellation buyers;

    @Inject
    BookingAccess access;

    @Resource(lookup = "java:app/jdbc/atelier")
    DataSource db;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Seats seats;

    @Resource
    UserTransaction transaction;

    @Test
    void tenSeatsFreedAtOnceGoToTheFirstTenOfFiftyWaitingEachOnceNoOneSkipped() throws Exception {
        long session = ContainerDb.publishedSession(db, 10);
        List<String> booked = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HoldReceipt hold = holds.hold(new HoldRequest(session, 1, "Booked " + i, "booked." + i + "." + session
                    + "@example.org", List.of(), "en", null));
            outcomes.paid(hold.reference(), new ReceivedPayment("sandbox", "sandbox_" + hold.reference(), null, hold.total()));
            booked.add(hold.reference());
        }
        assertThrows(BookingException.class, () -> waitlist.join(new Waitlist.JoinRequest(session, 11, "Too Many",
                "too.many@example.org", "en", null)), "more seats than a booking may hold");
        for (int i = 0; i < 50; i++) {
            waitlist.join(new Waitlist.JoinRequest(session, 1, "Waiting " + i, "waiting." + i + "." + session + "@example.org",
                    "en", null));
        }
        BookingException twice = assertThrows(BookingException.class, () -> waitlist.join(new Waitlist.JoinRequest(session, 1,
                "Waiting 0", "waiting.0." + session + "@example.org", "en", null)));
        assertEquals("waitlist.already", twice.messageKey());

        CountDownLatch start = new CountDownLatch(1);
        List<Future<BuyerCancellation.Preview>> cancellations = new ArrayList<>();
        for (String reference : booked) {
            Callable<BuyerCancellation.Preview> cancel = () -> {
                start.await();
                return buyers.cancel(reference, access.tokenFor(reference));
            };
            cancellations.add(executor.submit(cancel));
        }
        start.countDown();
        for (Future<BuyerCancellation.Preview> cancellation : cancellations) {
            cancellation.get();
        }

        String line = "from waitlist_entry where session_id = " + session;
        assertEquals(10, ContainerDb.number(db, "select count(*) " + line + " and state = 'OFFERED'"));
        assertEquals(10, ContainerDb.number(db, "select count(*) from (select state " + line
                + " order by joined_at, id limit 10) first_ten where state = 'OFFERED'"), "first come, first served");
        assertEquals(10, ContainerDb.number(db, "select count(distinct offer_booking_id) " + line), "no seat offered twice");
        assertEquals(10, ContainerDb.number(db, "select count(*) from booking b join waitlist_entry e"
                + " on e.offer_booking_id = b.id where e.session_id = " + session
                + " and b.state = 'HELD' and b.quantity = 1 and b.session_id = " + session));
        assertEquals(10, ContainerDb.number(db, "select seats_taken from session where id = " + session),
                "the offered seats are held for their people, and sold to no one else");
        assertEquals(40, ContainerDb.number(db, "select count(*) " + line + " and state = 'WAITING'"));
        assertEquals(10, ContainerDb.number(db, "select count(*) from outbox_message m join waitlist_entry e"
                + " on e.offer_booking_id = m.booking_id where e.session_id = " + session
                + " and m.kind = 'WAITLIST_OFFER_MAIL'"), "each offer is mailed once");
    }

    @Test
    void seatsAddedToAFullSessionGoToTheLineAndAnEntryThatDoesNotFitWaitsOn() throws Exception {
        long session = ContainerDb.publishedSession(db, 2);
        HoldReceipt hold = holds.hold(new HoldRequest(session, 2, "Full House", "full.house." + session + "@example.org",
                List.of(), "en", null));
        outcomes.paid(hold.reference(), new ReceivedPayment("sandbox", "sandbox_" + hold.reference(), null, hold.total()));
        Waitlist.Place three = waitlist.join(new Waitlist.JoinRequest(session, 3, "Wants Three",
                "wants.three." + session + "@example.org", "en", null));
        Waitlist.Place one = waitlist.join(new Waitlist.JoinRequest(session, 1, "Wants One",
                "wants.one." + session + "@example.org", "nl", null));

        transaction.begin();
        seats.resize(session, 4);
        transaction.commit();

        assertEquals(WaitlistState.WAITING, waitlist.view(three.reference(), three.token()).orElseThrow().state(),
                "three seats do not fit in the two added; the first in line keeps her place");
        assertEquals(1, waitlist.view(three.reference(), three.token()).orElseThrow().place());
        Waitlist.View offered = waitlist.view(one.reference(), one.token()).orElseThrow();
        assertEquals(WaitlistState.OFFERED, offered.state(), "the one seat that fits goes to the next in line");
        assertEquals(3, ContainerDb.number(db, "select seats_taken from session where id = " + session));
        assertEquals("nl HELD", ContainerDb.text(db, "select language || ' ' || state from booking where reference = '"
                + offered.offer().orElseThrow().reference() + "'"), "the offer is in her language, waiting for her");
        assertTrue(waitlist.view(one.reference(), "forged").isEmpty(), "the place's link only opens with its token");
        BookingException bookInstead = assertThrows(BookingException.class, () -> waitlist.join(new Waitlist.JoinRequest(
                session, 1, "Could Book", "could.book." + session + "@example.org", "en", null)));
        assertEquals("waitlist.seatsFree", bookInstead.messageKey(), "one seat is left: book it, no line for it");
    }
}
