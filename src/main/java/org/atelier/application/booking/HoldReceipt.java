package org.atelier.application.booking;

import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.Optional;

/** The answer to a hold: the booking's reference, the token of its private link, and its terms. */
public record HoldReceipt(String reference, String accessToken, BookingState state, Optional<Instant> holdExpiresAt,
                          Money total, int quantity) {

    public static HoldReceipt of(Booking booking, String accessToken) {
        return new HoldReceipt(booking.reference(), accessToken, booking.state(), booking.holdExpiresAt(),
                booking.total(), booking.quantity());
    }

    /** Still owes a payment: a resent form goes back to the (same) checkout. */
    public boolean needsPayment() {
        return state == BookingState.HELD || state == BookingState.PAYMENT_PENDING || state == BookingState.PAYMENT_FAILED;
    }
}
