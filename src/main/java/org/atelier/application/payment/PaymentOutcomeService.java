package org.atelier.application.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.Seats;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.refund.RefundRequests;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use cases: a provider reports a checkout paid, failed or expired. Reports may come twice, late
 * or out of order; a repeat changes nothing, an expiry never undoes a payment, and a payment after
 * the hold expired gets its seats back if any are left.
 */
@Stateless
public class PaymentOutcomeService {

    private static final Logger LOG = Logger.getLogger(PaymentOutcomeService.class.getName());

    @Inject
    BookingRepository bookings;

    @Inject
    Seats seats;

    @Inject
    PaymentRepository payments;

    @Inject
    AfterCommitWork outbox;

    @Inject
    RefundRequests refundRequests;

    static final String LATE_PAYMENT_REASON = "Paid after the hold expired, when no seats were left";
    static final String DOUBLE_PAYMENT_REASON = "Paid a second time for the same booking";

    @Inject
    Clock clock;

    public BookingState paid(String reference, ReceivedPayment received) {
        Booking booking = find(reference);
        Instant now = clock.instant();
        Optional<Payment> known = payments.findByCheckout(received.provider(), received.checkoutId());
        if (known.isPresent()) {
            return booking.state();
        }
        Payment payment = new Payment(booking, received, now);
        payments.add(payment);
        switch (booking.state()) {
            case HELD, PAYMENT_PENDING, PAYMENT_FAILED -> confirm(booking, now);
            case ABANDONED -> {
                if (seats.retake(booking)) {
                    confirm(booking, now);
                } else {
                    // Never keep money for a seat not given: all of it goes back, on its own.
                    LOG.warning(() -> "Booking " + reference + " was paid after its hold expired and its seats are gone;"
                            + " refunding in full");
                    refundRequests.request(payment, received.amount(), LATE_PAYMENT_REASON, "atelier", now);
                }
            }
            default -> {
                LOG.warning(() -> "A second payment for " + reference + " (" + booking.state() + "); refunding it");
                refundRequests.request(payment, received.amount(), DOUBLE_PAYMENT_REASON, "atelier", now);
            }
        }
        return booking.state();
    }

    /** Only the checkout the visitor is in counts: an older one failing changes nothing. */
    public BookingState declined(String reference, Optional<String> checkoutId) {
        Booking booking = find(reference);
        if (booking.state() == BookingState.PAYMENT_PENDING && isCurrent(booking, checkoutId)) {
            booking.failPayment(clock.instant());
        }
        return booking.state();
    }

    /** A checkout closed unpaid: the hold ends now and the seats are offered again. */
    public BookingState expired(String reference, Optional<String> checkoutId) {
        Booking booking = find(reference);
        boolean open = booking.state() == BookingState.HELD || booking.state() == BookingState.PAYMENT_PENDING
                || booking.state() == BookingState.PAYMENT_FAILED;
        if (open && isCurrent(booking, checkoutId)) {
            Instant now = clock.instant();
            seats.move(booking, held -> held.abandon(now));
        }
        return booking.state();
    }

    private static boolean isCurrent(Booking booking, Optional<String> checkoutId) {
        return checkoutId.isEmpty() || checkoutId.equals(booking.checkout().checkoutId());
    }

    private void confirm(Booking booking, Instant now) {
        booking.confirm(now);
        outbox.confirmationMail(booking, now);
        outbox.calendarSync(booking, now);
    }

    private Booking find(String reference) {
        return bookings.findByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
    }
}
