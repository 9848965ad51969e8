package org.atelier.infrastructure.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.atelier.application.BookingAccess;
import org.atelier.domain.model.payment.Checkout;
import org.atelier.domain.model.payment.CheckoutRequest;
import org.atelier.domain.model.payment.PaymentProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local stand-in for a card payment, used when no Stripe key is configured: a page of ours
 * with Pay and Decline buttons that drive the same transitions as Stripe's events. No money moves.
 */
@ApplicationScoped
@Typed(SandboxPaymentProvider.class)
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String NAME = "sandbox";

    @Inject
    BookingAccess access;

    @Inject
    @ConfigProperty(name = "atelier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Checkout startCheckout(CheckoutRequest request) {
        return new Checkout(NAME, "sandbox_" + request.idempotencyKey(),
                baseUrl + "/sandbox/checkout/" + request.reference() + "?t=" + access.tokenFor(request.reference()));
    }
}
