package org.atelier.application;

import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A booking as its buyer sees it on the booking page and in the API. */
public record BookingView(String reference, BookingState state, String workshopTitle, String workshopSlug,
                          long sessionId, Instant startsAt, Instant endsAt, String location, int quantity,
                          String buyerName, String buyerEmail, List<String> participantNames, Money total,
                          Optional<Instant> holdExpiresAt, String language, Optional<String> providerCheckoutId,
                          List<MoneyMovement> history, Optional<String> priceRule, Money discount) {

    /** A payment in, or a refund out, as the buyer's history shows it. */
    public record MoneyMovement(Instant at, boolean refund, Money amount, String status, String note) {
    }

    static BookingView of(Booking booking) {
        return of(booking, List.of());
    }

    static BookingView of(Booking booking, List<MoneyMovement> history) {
        Session session = booking.session();
        return new BookingView(booking.reference(), booking.state(), session.workshop().title(),
                session.workshop().slug(), session.id(), session.startsAt(), session.endsAt(), session.location(),
                booking.quantity(), booking.buyer().name(), booking.buyer().email(),
                booking.participants().stream().map(p -> p.name()).toList(), booking.total(),
                booking.holdExpiresAt(), booking.language(), booking.providerCheckoutId(), List.copyOf(history),
                booking.price().ruleName(), Money.of(booking.price().discountAmount(), booking.total().currency()));
    }

    public boolean isConfirmed() {
        return state == BookingState.CONFIRMED || state == BookingState.COMPLETED;
    }

    /** Still on its way: the page keeps looking until the payment's outcome is known. */
    public boolean isAwaitingPayment() {
        return state == BookingState.HELD || state == BookingState.PAYMENT_PENDING;
    }

    public boolean canRetryPayment() {
        return state == BookingState.HELD || state == BookingState.PAYMENT_FAILED;
    }
}
