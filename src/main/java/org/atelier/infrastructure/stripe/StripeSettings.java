package org.atelier.infrastructure.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Stripe's configuration: STRIPE_SECRET_KEY (Stripe is the provider when it is set),
 * STRIPE_WEBHOOK_SECRET and STRIPE_API_BASE (tests point it at a local fake). Never logged.
 */
@ApplicationScoped
public class StripeSettings {

    @Inject
    @ConfigProperty(name = "stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "stripe.api-base", defaultValue = "https://api.stripe.com")
    String apiBase;

    /** How long one call may wait for Stripe's answer before it counts as failed (and is retried). */
    @Inject
    @ConfigProperty(name = "stripe.read-timeout-ms", defaultValue = "15000")
    int readTimeoutMillis;

    public boolean isEnabled() {
        return secretKey.filter(key -> !key.isBlank()).isPresent();
    }

    String secretKey() {
        return secretKey.orElseThrow();
    }

    Optional<String> webhookSecret() {
        return webhookSecret.filter(secret -> !secret.isBlank());
    }

    String apiBase() {
        return apiBase;
    }

    int readTimeoutMillis() {
        return readTimeoutMillis;
    }
}
