package org.atelier.application.cancellation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.booking.Seats;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.port.AuditTrail;
import org.atelier.application.refund.RefundService;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.shared.Money;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.OptionalLong;

/**
 * The one way a booking is cancelled, whoever asks: the booking is cancelled, its seats go back,
 * what is left of its payments is refunded when the caller says so, the buyer and the participants
 * are mailed, the host's calendar loses the event, and the audit trail says who did it and why.
 * It runs inside the caller's use case, which found and locked the booking.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BookingCancellation {

    @Inject
    Seats seats;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundService refundService;

    @Inject
    AfterCommitWork outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Why and by whom a booking is cancelled, and how much of what was paid goes back, in percent
     * (never more than is still refundable: what an earlier refund gave back is not given twice).
     */
    public record Request(String reason, String actor, int refundPercent) {

        public static Request withFullRefund(String reason, String actor) {
            return new Request(reason, actor, 100);
        }

        public static Request withoutRefund(String reason, String actor) {
            return new Request(reason, actor, 0);
        }
    }

    /** Answers what goes back; the refund itself reaches the provider after the commit. */
    public Money cancel(Booking booking, Request request) {
        Instant now = clock.instant();
        String before = booking.state().name();
        seats.move(booking, cancelled -> cancelled.cancel(now));
        Money back = refundDue(booking, request.refundPercent());
        if (!back.isZero()) {
            refundService.refund(booking.reference(), OptionalLong.of(back.amount()), request.reason(), request.actor());
        }
        outbox.cancellationMail(booking, now);
        outbox.calendarSync(booking, now);
        audit.record(new AuditTrail.Entry(request.actor(), "CANCEL", "BOOKING", booking.reference(), booking.id(), before,
                booking.state().name(), request.reason()), now);
        return back;
    }

    /**
     * A group buyer gives back {@code returned} of the booking's seats: the booking keeps the rest
     * at what they cost as it was priced, the seats go back, and the request's share of the
     * difference is refunded. Answers what goes back.
     */
    public Money giveBack(Booking booking, int returned, Request request) {
        Instant now = clock.instant();
        Money before = booking.total();
        for (int dropped : seats.giveBack(booking, returned, now)) {
            outbox.participantCancellationMail(booking, dropped, now);
        }
        Money back = shareDue(booking, before.minus(booking.total()), request.refundPercent());
        if (!back.isZero()) {
            refundService.refund(booking.reference(), OptionalLong.of(back.amount()), request.reason(), request.actor());
        }
        outbox.calendarSync(booking, now);
        audit.record(new AuditTrail.Entry(request.actor(), "GIVE_BACK_SEATS", "BOOKING", booking.reference(), booking.id(),
                String.valueOf(booking.quantity() + returned), String.valueOf(booking.quantity()),
                "From " + (booking.quantity() + returned) + " to " + booking.quantity() + " seats"), now);
        return back;
    }

    /** {@code percent} of what the booking's seats cost, capped by what is still refundable of its payment. */
    public Money refundDue(Booking booking, int percent) {
        return shareDue(booking, booking.total(), percent);
    }

    /**
     * The share of {@code amount} that goes back, capped by what is still refundable of the
     * latest payment: what an earlier refund gave back is not given twice. A booking nobody paid
     * for gives nothing back.
     */
    public Money shareDue(Booking booking, Money amount, int percent) {
        return payments.findByBooking(booking.id()).stream().max(Comparator.comparing(Payment::paidAt))
                .map(payment -> {
                    Money share = amount.percent(percent);
                    Money refundable = refunds.refundable(payment);
                    return share.isGreaterThan(refundable) ? refundable : share;
                })
                .orElse(Money.zero(booking.total().currency()));
    }
}
