package org.atelier.domain.model.booking;

import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aNewBookingHoldsItsSeatsUntilTheHoldExpires() {
        Booking booking = hold();
        assertEquals(BookingState.HELD, booking.state());
        assertTrue(booking.reference().matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"));
        assertFalse(booking.isHoldExpiredAt(NOW.plus(Duration.ofMinutes(29))));
        assertTrue(booking.isHoldExpiredAt(NOW.plus(Duration.ofMinutes(30))));
        assertTrue(booking.state().holdsSeats());
    }

    @Test
    void thePaidPathEndsConfirmedWithoutAnExpiry() {
        Booking booking = hold();
        booking.startCheckout("sandbox", "cs_1", NOW.plusSeconds(5));
        booking.confirm(NOW.plusSeconds(60));
        assertEquals(BookingState.CONFIRMED, booking.state());
        assertTrue(booking.holdExpiresAt().isEmpty());
        assertFalse(booking.isHoldExpiredAt(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void aLatePaymentOnAnAbandonedHoldIsEitherConfirmedOrRefunded() {
        Booking regained = hold();
        regained.abandon(NOW);
        regained.confirm(NOW);
        assertEquals(BookingState.CONFIRMED, regained.state());

        Booking refunded = hold();
        refunded.abandon(NOW);
        refunded.refundFully(NOW);
        assertEquals(BookingState.REFUNDED, refunded.state());
        assertFalse(refunded.state().holdsSeats());
    }

    @Test
    void aCancelledBookingRefundedInPartStaysCancelledWithoutSeatsAndAllOfItMakesItRefunded() {
        Booking booking = hold();
        booking.confirm(NOW);
        booking.cancel(NOW.plusSeconds(10));
        booking.refundPartially(NOW.plusSeconds(20));
        assertEquals(BookingState.CANCELLED, booking.state());
        assertFalse(booking.state().holdsSeats(), "its seats went back when it was cancelled");
        booking.refundFully(NOW.plusSeconds(30));
        assertEquals(BookingState.REFUNDED, booking.state());
    }

    @Test
    void illegalTransitionsThrowAndChangeNothing() {
        Booking booking = hold();
        booking.cancel(NOW);
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> booking.confirm(NOW));
        assertEquals("booking.transition.illegal", e.messageKey());
        assertEquals(BookingState.CANCELLED, booking.state());

        Booking held = hold();
        assertThrows(IllegalTransitionException.class, () -> held.complete(NOW));
        assertThrows(IllegalTransitionException.class, () -> held.refundPartially(NOW));
        assertEquals(BookingState.HELD, held.state());
    }

    @ParameterizedTest
    @EnumSource(BookingState.class)
    void onlyTheDocumentedTransitionsAreLegal(BookingState from) {
        Set<BookingState> legal = switch (from) {
            case HELD -> EnumSet.of(BookingState.PAYMENT_PENDING, BookingState.CONFIRMED, BookingState.ABANDONED,
                    BookingState.CANCELLED);
            case PAYMENT_PENDING -> EnumSet.of(BookingState.CONFIRMED, BookingState.PAYMENT_FAILED,
                    BookingState.ABANDONED, BookingState.CANCELLED);
            case PAYMENT_FAILED -> EnumSet.of(BookingState.PAYMENT_PENDING, BookingState.CONFIRMED,
                    BookingState.ABANDONED, BookingState.CANCELLED);
            case ABANDONED -> EnumSet.of(BookingState.CONFIRMED, BookingState.REFUNDED);
            case CONFIRMED -> EnumSet.of(BookingState.COMPLETED, BookingState.CANCELLED,
                    BookingState.PARTIALLY_REFUNDED, BookingState.REFUNDED);
            case PARTIALLY_REFUNDED -> EnumSet.of(BookingState.PARTIALLY_REFUNDED, BookingState.REFUNDED,
                    BookingState.COMPLETED, BookingState.CANCELLED);
            case COMPLETED -> EnumSet.of(BookingState.PARTIALLY_REFUNDED, BookingState.REFUNDED);
            case CANCELLED -> EnumSet.of(BookingState.REFUNDED);
            case REFUNDED -> EnumSet.noneOf(BookingState.class);
        };
        for (BookingState to : BookingState.values()) {
            assertEquals(legal.contains(to), from.canMoveTo(to), from + " -> " + to);
        }
    }

    @Test
    void refusesABookingThatCannotBeHeld() {
        Session session = session();
        BookingParty ada = new BookingParty(new Buyer("Ada", "ada@example.org"), List.of(), "en");
        Instant later = NOW.plus(Duration.ofMinutes(30));
        assertThrows(BookingException.class, () -> Booking.hold(session, 0, ada, price(5000, 0), later, null, NOW));
        assertThrows(BookingException.class, () -> Booking.hold(session, 2, ada, price(5000, 1), later, null, NOW),
                "the price must be for the seats held");
        assertThrows(BookingException.class, () -> Booking.hold(session, 1, ada, price(-1, 1), later, null, NOW));
        assertThrows(BookingException.class, () -> Booking.hold(session, 1, ada, price(5000, 1), NOW, null, NOW));
        assertThrows(BookingException.class, () -> new BookingParty(new Buyer("Ada", "ada@example.org"), List.of(), "fr"));
        BookingParty crowd = new BookingParty(new Buyer("Ada", "ada@example.org"),
                List.of(new Participant("Bo", null), new Participant("Cy", "cy@example.org")), "en");
        assertThrows(BookingException.class, () -> Booking.hold(session, 2, crowd, price(5000, 2), later, null, NOW),
                "two others cannot come along on two seats");
        assertEquals(2, Booking.hold(session, 3, crowd, price(5000, 3), later, null, NOW).participants().size());
    }

    @Test
    void eachNewCheckoutAfterAFailedPaymentIsANewAttempt() {
        Booking booking = hold();
        assertEquals(1, booking.checkout().currentAttempt(booking.state()));
        booking.startCheckout("stripe", "cs_1", NOW);
        assertEquals(1, booking.checkout().currentAttempt(booking.state()), "the open checkout is the first");
        booking.failPayment(NOW);
        assertEquals(2, booking.checkout().currentAttempt(booking.state()));
        booking.startCheckout("stripe", "cs_2", NOW);
        assertEquals(BookingState.PAYMENT_PENDING, booking.state());
        assertEquals("cs_2", booking.checkout().checkoutId().orElseThrow());
    }

    @Test
    void aBuyerNeedsANameAndAPlausibleEmail() {
        assertEquals("ada@example.org", new Buyer("  Ada ", " Ada@Example.org ").email());
        assertThrows(BookingException.class, () -> new Buyer(" ", "ada@example.org"));
        assertThrows(BookingException.class, () -> new Buyer("Ada", "ada@example"));
        assertThrows(BookingException.class, () -> new Buyer("Ada", "ada example.org"));
        assertThrows(BookingException.class, () -> new Buyer("Ada", null));
    }

    private static Booking hold() {
        return Booking.hold(session(), 2, new BookingParty(new Buyer("Ada Lovelace", "ada@example.org"), List.of(), "en"),
                price(6500, 2), NOW.plus(Duration.ofMinutes(30)), null, NOW);
    }

    /** The list price, as a guest pays it. */
    private static PriceQuote price(long unitCents, int quantity) {
        Money unit = Money.of(unitCents, "EUR");
        return new PriceQuote(unit, quantity, unit.times(quantity), null, null, null, Set.of(), 1);
    }

    static Session session() {
        Workshop workshop = new Workshop(new WorkshopDetails("linocut", BilingualText.english("Linocut"),
                BilingualText.english("Carve and print"), "printmaking",
                "Sem", null, Duration.ofHours(3)), Money.of(6500, "EUR"), 4, NOW);
        workshop.publish(NOW);
        return workshop.schedule(NOW.plus(Duration.ofDays(7)), "Print room", 8, NOW);
    }
}
