package org.atelier.domain.model.payment;

import java.time.Instant;
import java.util.Optional;

/**
 * One event from a payment provider in our terms. {@code eventId} is the provider's own id of the
 * event: a redelivery carries the same one. {@code objectId} is the provider's id of what the event
 * is about: a checkout, or a refund.
 */
public record PaymentReport(String provider, String eventId, String eventType, Kind kind, String reference,
                            String objectId, Optional<ReceivedPayment> payment, Optional<DisputeReport> dispute,
                            Instant occurredAt) {

    public enum Kind {
        /** The checkout was paid. */
        PAID,
        /** The payment failed; the visitor may try again while the hold lasts. */
        FAILED,
        /** The checkout closed unpaid. */
        EXPIRED,
        /** A refund reached the buyer. */
        REFUND_SUCCEEDED,
        /** A refund was refused or cancelled; its amount can be refunded again. */
        REFUND_FAILED,
        /**
         * Money went back outside Atelier (in the provider's dashboard): {@code payment} names the
         * payment and the total refunded on it so far.
         */
        EXTERNAL_REFUND,
        /** A dispute was opened, changed or closed. */
        DISPUTE,
        /** Recorded, nothing to do (yet). */
        NOTED
    }
}
