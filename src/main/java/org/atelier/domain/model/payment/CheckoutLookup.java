package org.atelier.domain.model.payment;

import java.util.Optional;

/**
 * A provider that can be asked how a checkout ended, so that a lost webhook never loses a payment:
 * the capability beside {@link PaymentProvider}.
 */
public interface CheckoutLookup {

    String name();

    /** Asks the provider; throws when it cannot be reached (the next round asks again). */
    CheckoutState lookUp(String checkoutId);

    /**
     * Closes a checkout that is still open, so that nobody can pay for seats given back. Answers
     * how it stands afterwards: a payment that slipped in just before is reported, not lost.
     */
    CheckoutState close(String checkoutId);

    /** How a checkout stands at the provider. */
    record CheckoutState(Status status, Optional<ReceivedPayment> payment) {

        public enum Status {
            OPEN,
            PAID,
            /** Completed, but an asynchronous payment method has not settled yet. */
            PROCESSING,
            EXPIRED
        }
    }
}
