package org.atelier.infrastructure.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.PaymentProvider;
import org.atelier.infrastructure.stripe.StripePaymentProvider;
import org.atelier.infrastructure.stripe.StripeSettings;

/**
 * Chooses the payment provider by configuration: Stripe when STRIPE_SECRET_KEY is set,
 * otherwise the sandbox.
 */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    SandboxPaymentProvider sandbox;

    @Inject
    StripePaymentProvider stripe;

    @Inject
    StripeSettings stripeSettings;

    @Produces
    @ApplicationScoped
    PaymentProvider provider() {
        return stripeSettings.isEnabled() ? stripe : sandbox;
    }
}
