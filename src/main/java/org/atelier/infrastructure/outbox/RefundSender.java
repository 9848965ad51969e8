package org.atelier.infrastructure.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.atelier.application.refund.RefundOutcomes;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.payment.RefundingProvider;

/**
 * Sends a refund to the provider that took the payment (not the one configured now: a sandbox
 * payment is refunded by the sandbox even after Stripe was switched on).
 */
@ApplicationScoped
public class RefundSender {

    @Inject
    RefundRepository refunds;

    @Inject
    Instance<RefundingProvider> providers;

    @Inject
    RefundOutcomes outcomes;

    void send(long refundId) {
        Refund refund = refunds.findById(refundId).orElseThrow();
        String provider = refund.payment().provider();
        RefundingProvider refunding = providers.stream().filter(p -> p.name().equals(provider)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No refunds through " + provider));
        outcomes.answered(refundId, refunding.send(refund));
    }
}
