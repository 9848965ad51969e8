package org.atelier.domain.model.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;

/**
 * Where a booking is being paid: the provider, its checkout's id there, and how many checkouts
 * were started (each after a failed payment needs an idempotency key of its own).
 */
@Embeddable
public class CheckoutTrail {

    @Column(name = "payment_provider")
    private String provider;

    @Column(name = "provider_checkout_id")
    private String checkoutId;

    @Column(name = "checkout_attempts")
    private int attempts;

    void start(String newProvider, String newCheckoutId) {
        provider = newProvider;
        checkoutId = newCheckoutId;
        attempts++;
    }

    /** The number of the checkout the visitor is in or about to start; a new one after each failure. */
    public int currentAttempt(BookingState state) {
        return state == BookingState.PAYMENT_PENDING ? attempts : attempts + 1;
    }

    public Optional<String> provider() {
        return Optional.ofNullable(provider);
    }

    public Optional<String> checkoutId() {
        return Optional.ofNullable(checkoutId);
    }
}
