package org.atelier.application.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.Dispute;
import org.atelier.domain.model.payment.DisputeReport;
import org.atelier.domain.model.payment.DisputeRepository;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/** Use case: a provider reports a dispute opened, changed or closed; the payment and booking show it. */
@Stateless
public class DisputeService {

    private static final Logger LOG = Logger.getLogger(DisputeService.class.getName());

    @Inject
    DisputeRepository disputes;

    @Inject
    PaymentRepository payments;

    @Inject
    Clock clock;

    public void record(String provider, DisputeReport report) {
        Optional<Payment> payment = Optional.ofNullable(report.providerPaymentId())
                .flatMap(id -> payments.findByProviderPaymentId(provider, id));
        if (payment.isEmpty()) {
            LOG.warning(() -> "Dispute " + report.disputeId() + " concerns no payment of ours");
            return;
        }
        Instant now = clock.instant();
        Dispute dispute = disputes.findById(report.disputeId()).orElseGet(() -> {
            Dispute opened = new Dispute(payment.get(), report, now);
            disputes.add(opened);
            return opened;
        });
        dispute.update(report, now);
        if (dispute.outcome().filter(outcome -> outcome == Dispute.Outcome.WON).isPresent()) {
            payment.get().disputeWon();
        } else {
            payment.get().disputed();
        }
    }
}
