package org.atelier.infrastructure.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.Checkout;
import org.atelier.domain.model.payment.CheckoutRequest;
import org.atelier.domain.model.payment.PaymentProvider;
import org.atelier.domain.model.payment.PaymentsUnavailableException;

import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Stripe Checkout through stripe-java's {@link StripeClient}: one client for our key (never the
 * static global), a few retries for network failures and 5xx, and timeouts so that a slow Stripe
 * cannot hold a visitor for long.
 */
@ApplicationScoped
@Typed(StripePaymentProvider.class)
public class StripePaymentProvider implements PaymentProvider {

    public static final String NAME = "stripe";

    private static final Logger LOG = Logger.getLogger(StripePaymentProvider.class.getName());

    @Inject
    StripeSettings settings;

    private StripeClient client;

    @PostConstruct
    void init() {
        if (settings.isEnabled()) {
            client = StripeClient.builder()
                    .setApiKey(settings.secretKey())
                    .setApiBase(settings.apiBase())
                    .setMaxNetworkRetries(2)
                    .setConnectTimeout(5_000)
                    .setReadTimeout(settings.readTimeoutMillis())
                    .build();
        }
    }

    /** The one client for our key, shared with the refunds. */
    StripeClient client() {
        if (client == null) {
            throw new IllegalStateException("Stripe is not configured (STRIPE_SECRET_KEY)");
        }
        return client;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Stripe refuses a Checkout Session that expires sooner than 30 minutes after its creation. */
    @Override
    public Duration minimumCheckoutLifetime() {
        return Duration.ofMinutes(31);
    }

    @Override
    public Checkout startCheckout(CheckoutRequest request) {
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.reference())
                .setCustomerEmail(request.customerEmail())
                .putMetadata("booking_reference", request.reference())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata("booking_reference", request.reference())
                        .build())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .setLocale("nl".equals(request.language()) ? SessionCreateParams.Locale.NL : SessionCreateParams.Locale.EN)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity((long) request.lineQuantity())
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.total().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(request.lineUnitPrice().amount())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description())
                                        .build())
                                .build())
                        .build())
                .build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(request.idempotencyKey()).build();
        try {
            Session session = client().v1().checkout().sessions().create(params, options);
            return new Checkout(NAME, session.getId(), session.getUrl());
        } catch (StripeException e) {
            // The message may carry request details but never our key; the key is not in it.
            LOG.warning(() -> "Stripe Checkout for " + request.reference() + " failed: " + e.getClass().getSimpleName()
                    + " " + e.getStatusCode() + " " + e.getMessage());
            throw new PaymentsUnavailableException(request.expiresAt(), e);
        }
    }
}
