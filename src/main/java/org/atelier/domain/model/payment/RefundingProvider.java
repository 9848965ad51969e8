package org.atelier.domain.model.payment;

/** A provider that can give money back: the capability beside {@link PaymentProvider}. */
public interface RefundingProvider {

    String name();

    /**
     * Asks the provider to refund; safe to call again for the same refund (its idempotency key
     * comes from our refund id). Throws when the provider cannot be reached, so that the outbox
     * tries again later.
     */
    ProviderRefund send(Refund refund);

    /** The provider's answer: its id for the refund, and how far it got. */
    record ProviderRefund(String providerRefundId, RefundStatus status, String failureReason) {
    }
}
