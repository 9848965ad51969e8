package org.atelier.infrastructure.stripe;

import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundStatus;
import org.atelier.domain.model.payment.RefundingProvider;

/** Stripe Refunds against the payment's PaymentIntent, with our refund id as idempotency key. */
@ApplicationScoped
public class StripeRefunds implements RefundingProvider {

    @Inject
    StripePaymentProvider stripe;

    @Override
    public String name() {
        return StripePaymentProvider.NAME;
    }

    @Override
    public ProviderRefund send(Refund refund) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(refund.payment().providerPaymentId()
                        .orElseThrow(() -> new IllegalStateException("Payment " + refund.payment().id() + " has no PaymentIntent")))
                .setAmount(refund.amount().amount())
                .putMetadata("refund_id", Long.toString(refund.id()))
                .putMetadata("booking_id", Long.toString(refund.bookingId()))
                .build();
        try {
            com.stripe.model.Refund created = stripe.client().v1().refunds().create(params,
                    RequestOptions.builder().setIdempotencyKey(refund.idempotencyKey()).build());
            return new ProviderRefund(created.getId(), statusOf(created.getStatus()), created.getFailureReason());
        } catch (StripeException e) {
            // The outbox retries with backoff; admins see it waiting there.
            throw new IllegalStateException("Stripe refund " + refund.idempotencyKey() + " not sent: " + e.getMessage(), e);
        }
    }

    static RefundStatus statusOf(String stripeStatus) {
        return switch (stripeStatus == null ? "" : stripeStatus) {
            case "succeeded" -> RefundStatus.SUCCEEDED;
            case "failed", "canceled" -> RefundStatus.FAILED;
            default -> RefundStatus.PENDING;
        };
    }
}
