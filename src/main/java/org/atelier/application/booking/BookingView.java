package org.atelier.application.booking;

import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.CancellationPolicy;
import org.atelier.domain.model.workshop.Session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A booking as its buyer sees it on the booking page and in the API; {@code calendarSequence} is
 * the SEQUENCE its calendar event has now.
 */
public record BookingView(String reference, BookingState state, BilingualText workshopTitle, String workshopSlug,
                          long sessionId, Instant startsAt, Instant endsAt, String location, int quantity,
                          String buyerName, String buyerEmail, List<String> participantNames, Money total,
                          Optional<Instant> holdExpiresAt, String language, Optional<String> providerCheckoutId,
                          List<MoneyMovement> history, Optional<BilingualText> priceRule, Money discount,
                          CancellationPolicy cancellationPolicy, long calendarSequence) {

    /** A payment in, or a refund out, as the buyer's history shows it. */
    public record MoneyMovement(Instant at, boolean refund, Money amount, String status, String note) {
    }

    static BookingView of(Booking booking) {
        return of(booking, List.of());
    }

    static BookingView of(Booking booking, List<MoneyMovement> history) {
        Session session = booking.session();
        return new BookingView(booking.reference(), booking.state(), session.workshop().titles(),
                session.workshop().slug(), session.id(), session.startsAt(), session.endsAt(), session.location(),
                booking.quantity(), booking.buyer().name(), booking.buyer().email(),
                booking.participants().stream().map(p -> p.name()).toList(), booking.total(),
                booking.holdExpiresAt(), booking.language(), booking.checkout().checkoutId(), List.copyOf(history),
                booking.terms().price().ruleNames(), Money.of(booking.terms().price().discountAmount(), booking.total().currency()),
                booking.terms().cancellationPolicy().copy(), booking.version());
    }

    /** The seats are the buyer's, paid or free: a part refunded back does not change that. */
    public boolean isBooked() {
        return state.isBooked();
    }

    public boolean isFree() {
        return total.isZero();
    }

    /**
     * How far along the booking steps the buyer is: 1 while the seats wait for payment, 2 once they
     * are the buyer's, 0 when the booking has ended (abandoned, cancelled, refunded), where steps
     * would only mislead.
     */
    public int progressStep() {
        if (state.isAwaitingPayment()) {
            return 1;
        }
        return isBooked() ? 2 : 0;
    }

    /** Still on its way: the page keeps looking until the payment's outcome is known. */
    public boolean isAwaitingPayment() {
        return state == BookingState.HELD || state == BookingState.PAYMENT_PENDING;
    }

    public boolean canRetryPayment() {
        return state == BookingState.HELD || state == BookingState.PAYMENT_FAILED;
    }
}
