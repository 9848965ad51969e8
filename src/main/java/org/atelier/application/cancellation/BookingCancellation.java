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
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.RefundRepository;

import java.time.Clock;
import java.time.Instant;
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

    /** Why and by whom a booking is cancelled, and whether what was paid goes back. */
    public record Request(String reason, String actor, boolean refund) {
    }

    public void cancel(Booking booking, Request request) {
        Instant now = clock.instant();
        String before = booking.state().name();
        seats.move(booking, cancelled -> cancelled.cancel(now));
        if (request.refund() && payments.findByBooking(booking.id()).stream().anyMatch(p -> !refunds.refundable(p).isZero())) {
            refundService.refund(booking.reference(), OptionalLong.empty(), request.reason(), request.actor());
        }
        outbox.cancellationMail(booking, now);
        outbox.calendarSync(booking, now);
        audit.record(new AuditTrail.Entry(request.actor(), "CANCEL", "BOOKING", booking.reference(), booking.id(), before,
                booking.state().name(), request.reason()), now);
    }
}
