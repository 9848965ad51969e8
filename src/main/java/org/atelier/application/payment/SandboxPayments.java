package org.atelier.application.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.BookingView;
import org.atelier.domain.model.payment.PaymentProvider;
import org.atelier.domain.model.payment.ReceivedPayment;

import java.util.Optional;

/**
 * Use cases of the sandbox checkout page, the stand-in for a card payment when no Stripe key is
 * configured: Pay and Decline drive the same payment outcomes as Stripe's events. No money moves.
 */
@Stateless
public class SandboxPayments {

    /** The sandbox's name as a payment provider, stored on its bookings and payments. */
    public static final String PROVIDER = "sandbox";

    @Inject
    PaymentProvider provider;

    @Inject
    PaymentOutcomeService outcomes;

    /** Whether the sandbox is the payment provider; its page exists only then. */
    public boolean isActive() {
        return PROVIDER.equals(provider.name());
    }

    /** The booking's sandbox checkout is paid: its full price, as the booking states it. */
    public void pay(BookingView booking) {
        requireActive();
        outcomes.paid(booking.reference(), new ReceivedPayment(PROVIDER, checkoutIdOf(booking), null, booking.total()));
    }

    public void decline(BookingView booking) {
        requireActive();
        outcomes.declined(booking.reference(), Optional.empty());
    }

    /** The sandbox's checkout of a booking; a page opened without a checkout pays under the reference. */
    private static String checkoutIdOf(BookingView booking) {
        return booking.providerCheckoutId().orElse("sandbox_" + booking.reference());
    }

    private void requireActive() {
        if (!isActive()) {
            throw new IllegalStateException("The sandbox is not the payment provider");
        }
    }
}
