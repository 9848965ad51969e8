package org.atelier.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.infrastructure.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Use cases: a provider reports a payment as paid or declined. Both may arrive twice or late;
 * a repeat changes nothing, and a payment after the hold expired gets its seats back if any are left.
 */
@Stateless
public class PaymentOutcomeService {

    private static final Logger LOG = Logger.getLogger(PaymentOutcomeService.class.getName());

    @Inject
    BookingRepository bookings;

    @Inject
    SessionRepository sessions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public BookingState paid(String reference) {
        Booking booking = find(reference);
        Instant now = clock.instant();
        switch (booking.state()) {
            case HELD, PAYMENT_PENDING, PAYMENT_FAILED -> confirm(booking, now);
            case ABANDONED -> {
                if (sessions.takeSeats(booking.session().id(), booking.quantity())) {
                    confirm(booking, now);
                } else {
                    LOG.severe(() -> "Booking " + reference + " was paid after its hold expired and its seats are gone");
                }
            }
            default -> LOG.fine(() -> "Payment for " + reference + " repeated; booking already " + booking.state());
        }
        return booking.state();
    }

    public BookingState declined(String reference) {
        Booking booking = find(reference);
        if (booking.state() == BookingState.PAYMENT_PENDING) {
            booking.failPayment(clock.instant());
        }
        return booking.state();
    }

    private void confirm(Booking booking, Instant now) {
        booking.confirm(now);
        outbox.confirmationMail(booking, now);
    }

    private Booking find(String reference) {
        return bookings.findByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
    }
}
