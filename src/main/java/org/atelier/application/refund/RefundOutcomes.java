package org.atelier.application.refund;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.Seats;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.payment.RefundStatus;
import org.atelier.domain.model.payment.RefundingProvider.ProviderRefund;
import org.atelier.domain.model.shared.Money;

import java.time.Clock;
import java.time.Instant;

/**
 * Use cases: a provider answers about a refund. The booking follows the money that actually went
 * back: partly refunded, or refunded in full, which gives its seats back.
 */
@Stateless
public class RefundOutcomes {

    @Inject
    RefundRepository refunds;

    @Inject
    PaymentRepository payments;

    @Inject
    BookingRepository bookings;

    @Inject
    Seats seats;

    @Inject
    AfterCommitWork outbox;

    @Inject
    RefundRequests requests;

    @Inject
    Clock clock;

    /** The provider's answer to our request, as the outbox received it. */
    public void answered(long refundId, ProviderRefund answer) {
        Refund refund = refunds.findById(refundId).orElseThrow();
        Instant now = clock.instant();
        refund.accepted(answer.providerRefundId(), now);
        if (answer.status() == RefundStatus.SUCCEEDED) {
            succeeded(refund, now);
        } else if (answer.status() == RefundStatus.FAILED) {
            failed(refund, answer.failureReason(), now);
        }
    }

    /** A later report (a webhook) about a refund we know by the provider's id. */
    public void reported(String providerRefundId, RefundStatus status, String failureReason) {
        refunds.findByProviderRefundId(providerRefundId).ifPresent(refund -> {
            if (status == RefundStatus.SUCCEEDED) {
                succeeded(refund, clock.instant());
            } else if (status == RefundStatus.FAILED) {
                failed(refund, failureReason, clock.instant());
            }
        });
    }

    /**
     * The provider says {@code totalRefunded} of the payment went back in all; whatever our own
     * refunds do not account for was refunded in the provider's dashboard and is recorded as such.
     */
    public void refundedAtProvider(Payment payment, Money totalRefunded) {
        long ours = refunds.findByBooking(payment.booking().id()).stream()
                .filter(refund -> refund.payment().id().equals(payment.id()))
                .filter(refund -> refund.status() != RefundStatus.FAILED)
                .mapToLong(refund -> refund.amount().amount()).sum();
        long elsewhere = totalRefunded.amount() - ours;
        if (elsewhere <= 0) {
            return;
        }
        Instant now = clock.instant();
        Refund external = requests.recordExternal(payment, Money.of(elsewhere, totalRefunded.currency()), now);
        succeeded(external, now);
    }

    private void succeeded(Refund refund, Instant now) {
        if (!refund.succeed(now)) {
            return;
        }
        outbox.refundMail(refund, now);
        Booking booking = bookings.findById(refund.bookingId()).orElseThrow();
        long paid = payments.findByBooking(booking.id()).stream().mapToLong(p -> p.amount().amount()).sum();
        long givenBack = refunds.succeededAmount(booking.id());
        if (givenBack >= paid) {
            seats.move(booking, refunded -> refunded.refundFully(now));
            outbox.calendarSync(booking, now);
        } else {
            booking.refundPartially(now);
        }
    }

    private void failed(Refund refund, String why, Instant now) {
        if (refund.fail(why, now)) {
            Payment payment = refund.payment();
            refunds.unreserve(payment, refund.amount());
        }
    }
}
