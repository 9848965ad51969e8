package org.atelier.domain.model.payment;

import java.util.Optional;

/**
 * One event from a payment provider in our terms. {@code eventId} is the provider's own id of the
 * event: a redelivery carries the same one.
 */
public record PaymentReport(String provider, String eventId, String eventType, Kind kind, String reference,
                            String checkoutId, Optional<ReceivedPayment> payment) {

    public enum Kind {
        /** The checkout was paid. */
        PAID,
        /** The payment failed; the visitor may try again while the hold lasts. */
        FAILED,
        /** The checkout closed unpaid. */
        EXPIRED,
        /** Recorded, nothing to do (yet). */
        NOTED
    }
}
