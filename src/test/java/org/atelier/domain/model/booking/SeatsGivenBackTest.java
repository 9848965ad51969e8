package org.atelier.domain.model.booking;

import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.RuleEffect;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A group buyer gives back some seats: what the rest cost is worked out as the booking was priced. */
class SeatsGivenBackTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Money LIST = Money.of(3000, "EUR");

    @Test
    void atTheListPriceTheSeatsKeptCostTheirListPrice() {
        Booking booking = confirmed(quote(6, LIST.times(6), null, 1), "Ann", "Ben", "Cas", "Dee", "Eve");
        booking.giveBackSeats(2, NOW);
        assertEquals(4, booking.quantity());
        assertEquals(Money.of(12000, "EUR"), booking.total());
        assertEquals(List.of("Ann", "Ben", "Cas"), booking.participants().stream().map(Participant::name).toList(),
                "the last participants lose their seats");
        assertEquals(BookingState.CONFIRMED, booking.state());
    }

    @Test
    void aDiscountForFiveOrMoreIsLostBelowFiveButKeptAtFive() {
        Money discounted = Money.of(2700, "EUR").times(6);
        Booking keepsFive = confirmed(quote(6, discounted, RuleEffect.PERCENT_OFF, 5));
        keepsFive.giveBackSeats(1, NOW);
        assertEquals(Money.of(13500, "EUR"), keepsFive.total(), "five seats still earn the 10% off");

        Booking keepsFour = confirmed(quote(6, discounted, RuleEffect.PERCENT_OFF, 5));
        keepsFour.giveBackSeats(2, NOW);
        assertEquals(Money.of(12000, "EUR"), keepsFour.total(), "four seats pay the list price");
    }

    @Test
    void aGroupPriceCoversOnlyItsGroupAndGivingSeatsBackNeverMakesABookingDearer() {
        Booking booking = confirmed(quote(6, Money.of(15000, "EUR"), RuleEffect.GROUP_PRICE, 6));
        booking.giveBackSeats(1, NOW);
        assertEquals(Money.of(15000, "EUR"), booking.total(), "5 at the list price (€150) is not more than the group paid");
        booking.giveBackSeats(1, NOW);
        assertEquals(Money.of(12000, "EUR"), booking.total());
    }

    @Test
    void aBookingKeepsOneSeatAndOnlyABookedOneGivesSeatsBack() {
        Booking booking = confirmed(quote(3, LIST.times(3), null, 1));
        BookingException all = assertThrows(BookingException.class, () -> booking.giveBackSeats(3, NOW));
        assertEquals("booking.giveBack.invalid", all.messageKey());
        assertThrows(BookingException.class, () -> booking.giveBackSeats(0, NOW));
        assertEquals(3, booking.quantity(), "a refused give-back changes nothing");

        Booking held = hold(quote(3, LIST.times(3), null, 1));
        assertThrows(IllegalTransitionException.class, () -> held.giveBackSeats(1, NOW));
        assertEquals(Money.of(9000, "EUR"), held.total());
    }

    private static Booking confirmed(PriceQuote quote, String... participants) {
        Booking booking = hold(quote, participants);
        booking.confirm(NOW);
        return booking;
    }

    private static Booking hold(PriceQuote quote, String... participants) {
        List<Participant> party = java.util.Arrays.stream(participants).map(name -> new Participant(name, null)).toList();
        return Booking.hold(BookingTest.session(), quote.quantity(),
                new BookingParty(new Buyer("Gro Upp", "gro@example.org"), party, "en"), quote,
                NOW.plus(Duration.ofMinutes(30)), null, NOW);
    }

    private static PriceQuote quote(int seats, Money total, RuleEffect effect, int fewestSeats) {
        return new PriceQuote(LIST, seats, total, effect == null ? null : 7L,
                effect == null ? null : BilingualText.english("Group"), effect, Set.of(), fewestSeats);
    }
}
