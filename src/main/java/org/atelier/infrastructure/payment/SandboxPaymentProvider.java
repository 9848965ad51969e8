package org.atelier.infrastructure.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.atelier.application.booking.BookingAccess;
import org.atelier.application.payment.SandboxPayments;
import org.atelier.domain.model.payment.Checkout;
import org.atelier.domain.model.payment.CheckoutRequest;
import org.atelier.domain.model.payment.PaymentProvider;

/**
 * The local stand-in for a card payment, used when no Stripe key is configured: a page of ours
 * with Pay and Decline buttons that drive the same transitions as Stripe's events. No money moves.
 */
@ApplicationScoped
@Typed(SandboxPaymentProvider.class)
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String NAME = SandboxPayments.PROVIDER;

    @Inject
    BookingAccess access;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Checkout startCheckout(CheckoutRequest request) {
        // A path inside Atelier: the sandbox page is ours, wherever Atelier runs.
        return new Checkout(NAME, "sandbox_" + request.idempotencyKey(),
                "/sandbox/checkout/" + request.reference() + "?t=" + access.tokenFor(request.reference()));
    }
}
