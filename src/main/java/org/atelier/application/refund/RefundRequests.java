package org.atelier.application.refund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.payment.RefundTooLargeException;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;

/**
 * Asks for a refund inside the caller's transaction: the amount is reserved on the payment by a
 * conditional update (so racing refunds can never exceed what was paid), and the call to the
 * provider goes through the outbox after the commit, retried until it is answered.
 */
@ApplicationScoped
public class RefundRequests {

    @Inject
    RefundRepository refunds;

    @Inject
    AfterCommitWork outbox;

    public Refund request(Payment payment, Money amount, String reason, String requestedBy, Instant now) {
        Refund refund = new Refund(payment, amount, reason, requestedBy, now);
        if (!refunds.reserve(payment, amount)) {
            throw new RefundTooLargeException(refunds.refundable(payment));
        }
        refunds.add(refund);
        outbox.refund(refund, now);
        return refund;
    }

    /** A refund someone made at the provider directly: recorded, never sent. */
    public Refund recordExternal(Payment payment, Money amount, Instant now) {
        Refund refund = new Refund(payment, amount, EXTERNAL_REASON, "provider", now);
        if (!refunds.reserve(payment, amount)) {
            throw new RefundTooLargeException(refunds.refundable(payment));
        }
        refunds.add(refund);
        return refund;
    }

    static final String EXTERNAL_REASON = "Refunded in the payment provider's dashboard";
}
