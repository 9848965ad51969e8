package org.atelier.application.refund;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.util.Comparator;
import java.util.OptionalLong;

/**
 * Use case: refund a booking, in full or in part, with a reason. Never more than was paid minus
 * what is already refunded or under way; the database holds that line when two refunds race.
 */
@Stateless
public class RefundService {

    @Inject
    BookingRepository bookings;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundRequests requests;

    @Inject
    Clock clock;

    /** Refunds {@code amount} minor units, or everything still refundable when empty; answers the refund's id. */
    public long refund(String reference, OptionalLong amount, String reason, String requestedBy) {
        // The booking's row first, as a cancellation takes it: the same order for every refund, so a
        // refund and a cancellation of one booking queue up instead of deadlocking.
        Booking booking = bookings.lockByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
        Payment payment = payments.findByBooking(booking.id()).stream()
                .max(Comparator.comparing(Payment::paidAt))
                .orElseThrow(() -> new BookingException("refund.nothingPaid", reference));
        Money toRefund = amount.isPresent() ? Money.of(amount.getAsLong(), payment.amount().currency())
                : refunds.refundable(payment);
        Refund refund = requests.request(payment, toRefund, reason, requestedBy, clock.instant());
        return refund.id();
    }
}
