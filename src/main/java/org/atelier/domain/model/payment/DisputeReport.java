package org.atelier.domain.model.payment;

import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * A dispute as the provider describes it in an event: which payment, how much, why, where it
 * stands, by when evidence is due, and whether it is closed.
 */
public record DisputeReport(String disputeId, String providerPaymentId, Money amount, String reason, String status,
                            Optional<Instant> evidenceDueBy, boolean closed) {

    /** Closed disputes end won or lost; Stripe says "won" or "lost" in the status. */
    public Optional<Dispute.Outcome> outcome() {
        if (!closed) {
            return Optional.empty();
        }
        return Optional.of("won".equals(status) ? Dispute.Outcome.WON : Dispute.Outcome.LOST);
    }
}
