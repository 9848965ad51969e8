package org.atelier.domain.model.payment;

import java.time.Duration;

/**
 * Where visitors pay. Implementations: the sandbox (no money moves) and Stripe Checkout. A
 * provider answers with a checkout to send the visitor to; the outcome arrives later, by the
 * provider's own route (a webhook, or the sandbox's buttons).
 */
public interface PaymentProvider {

    /** The provider's name as stored on the booking: "sandbox" or "stripe". */
    String name();

    /** The shortest time a checkout may stay open; a hold is stretched to cover it. */
    default Duration minimumCheckoutLifetime() {
        return Duration.ZERO;
    }

    /**
     * Opens a checkout for the booking; safe to call again for the same booking (the request
     * carries an idempotency key derived from the booking).
     *
     * @throws PaymentsUnavailableException when the provider cannot be reached or fails
     */
    Checkout startCheckout(CheckoutRequest request);
}
