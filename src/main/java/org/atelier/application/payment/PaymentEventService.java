package org.atelier.application.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.refund.RefundOutcomes;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentReport;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.ProviderEvents;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.payment.RefundStatus;
import org.atelier.domain.model.shared.TemporarilyUnavailableException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use case: apply one provider event, exactly once. The event's id is recorded in the same
 * transaction as its effects: a redelivery, or a second delivery racing the first, finds it and
 * changes nothing; a failure rolls both back so that the provider's retry applies it whole.
 */
@Stateless
public class PaymentEventService {

    /** Stripe retries for days; an hour is plenty for the event we wait for to arrive. */
    private static final Duration OUT_OF_ORDER_PATIENCE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(PaymentEventService.class.getName());

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentOutcomeService outcomes;

    @Inject
    BookingRepository bookings;

    @Inject
    RefundOutcomes refunds;

    @Inject
    DisputeService disputes;

    @Inject
    ProviderEvents providerEvents;

    @Inject
    Clock clock;

    /**
     * A refund made at the provider. Its payment may not be known yet when events arrive out of
     * order: then a young event is refused (rolled back, so the provider delivers it again later),
     * and an old one that still names no payment of ours is acknowledged and left.
     */
    private void externalRefund(PaymentReport report) {
        ReceivedPayment refunded = report.payment().orElseThrow();
        Optional<Payment> payment = payments.findByProviderPaymentId(report.provider(), refunded.providerPaymentId());
        if (payment.isPresent()) {
            refunds.refundedAtProvider(payment.get(), refunded.amount());
        } else if (report.occurredAt().isAfter(clock.instant().minus(OUT_OF_ORDER_PATIENCE))) {
            throw new TemporarilyUnavailableException("payment.notYetKnown", refunded.providerPaymentId());
        } else {
            LOG.warning(() -> "Refund event " + report.eventId() + " names no payment of ours");
        }
    }

    /**
     * A delivery from the provider: read by the provider's capability, then applied. Answers
     * false for an event seen before.
     */
    public boolean receive(String payload, String signature) {
        return apply(providerEvents.read(payload, signature));
    }

    private boolean apply(PaymentReport report) {
        if (!payments.recordEvent(report, clock.instant())) {
            return false;
        }
        boolean aboutCheckout = report.kind() == PaymentReport.Kind.PAID || report.kind() == PaymentReport.Kind.FAILED
                || report.kind() == PaymentReport.Kind.EXPIRED;
        if (aboutCheckout && (report.reference() == null || bookings.findByReference(report.reference()).isEmpty())) {
            // A checkout of another integration on the same account: acknowledged, not ours to act on.
            LOG.warning(() -> "Event " + report.eventId() + " concerns no booking of ours: " + report.reference());
            return true;
        }
        Optional<String> object = Optional.ofNullable(report.objectId());
        switch (report.kind()) {
            case PAID -> outcomes.paid(report.reference(), report.payment().orElseThrow());
            case FAILED -> outcomes.declined(report.reference(), object);
            case EXPIRED -> outcomes.expired(report.reference(), object);
            case REFUND_SUCCEEDED -> refunds.reported(report.objectId(), RefundStatus.SUCCEEDED, null);
            case REFUND_FAILED -> refunds.reported(report.objectId(), RefundStatus.FAILED, report.eventType());
            case DISPUTE -> disputes.record(report.provider(), report.dispute().orElseThrow());
            case EXTERNAL_REFUND -> externalRefund(report);
            case NOTED -> LOG.fine(() -> "Event " + report.eventId() + " (" + report.eventType() + ") noted");
        }
        return true;
    }
}
