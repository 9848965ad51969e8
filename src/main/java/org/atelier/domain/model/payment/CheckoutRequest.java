package org.atelier.domain.model.payment;

import org.atelier.domain.model.shared.Money;

import java.time.Instant;

/**
 * Everything a provider needs to open a checkout, in our terms. {@code attempt} numbers the
 * checkouts of one booking, so that each gets an idempotency key of its own.
 */
public record CheckoutRequest(long bookingId, int attempt, String reference, String description, Money total,
                              int quantity, String customerEmail, String language, Instant expiresAt,
                              String successUrl, String cancelUrl) {

    /** The idempotency key for the provider: the same checkout asked for twice is opened once. */
    public String idempotencyKey() {
        return "booking-" + bookingId + "-checkout-" + attempt;
    }

    /** One line of {@code quantity} seats when the total divides evenly, else one line for the whole. */
    public int lineQuantity() {
        return total.amount() % quantity == 0 ? quantity : 1;
    }

    public Money lineUnitPrice() {
        return Money.of(total.amount() / lineQuantity(), total.currency());
    }
}
