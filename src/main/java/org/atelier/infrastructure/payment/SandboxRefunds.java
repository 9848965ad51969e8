package org.atelier.infrastructure.payment;

import jakarta.enterprise.context.ApplicationScoped;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundStatus;
import org.atelier.domain.model.payment.RefundingProvider;

/** In the sandbox no money moved, so every refund succeeds at once. */
@ApplicationScoped
public class SandboxRefunds implements RefundingProvider {

    @Override
    public String name() {
        return SandboxPaymentProvider.NAME;
    }

    @Override
    public ProviderRefund send(Refund refund) {
        return new ProviderRefund("sandbox_" + refund.idempotencyKey(), RefundStatus.SUCCEEDED, null);
    }
}
