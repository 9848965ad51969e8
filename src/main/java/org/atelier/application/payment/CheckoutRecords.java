package org.atelier.application.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.booking.BookingAccess;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.payment.Checkout;
import org.atelier.domain.model.payment.CheckoutRequest;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** The database side of a checkout: what to ask the provider for, and what it answered. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CheckoutRecords {

    @Inject
    BookingRepository bookings;

    @Inject
    BookingAccess access;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "atelier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * Null when nothing is to be paid (confirmed meanwhile, cancelled, refunded); the visitor then
     * goes to the booking page. An expired hold is never paid for: its seats may be someone else's.
     */
    public CheckoutRequest prepare(String reference, String token, String providerName, Duration minimumLifetime) {
        Booking booking = find(reference, token);
        switch (booking.state()) {
            case HELD, PAYMENT_PENDING, PAYMENT_FAILED -> {
                if (booking.isHoldExpiredAt(clock.instant())) {
                    throw new BookingException("booking.hold.expired");
                }
            }
            case ABANDONED -> throw new BookingException("booking.hold.expired");
            default -> {
                return null;
            }
        }
        if (booking.state() == BookingState.PAYMENT_PENDING && !booking.checkout().provider().orElse("").equals(providerName)) {
            throw new BookingException("booking.payment.elsewhere");
        }
        // The hold covers the whole checkout, so that a payment never arrives for released seats.
        // An open checkout is asked for again with the very same parameters: Stripe refuses an
        // idempotency key that comes back with others.
        if (booking.state() != BookingState.PAYMENT_PENDING) {
            booking.extendHoldTo(clock.instant().plus(minimumLifetime), clock.instant());
        }
        String link = bookingUrl(reference);
        return new CheckoutRequest(booking.id(), booking.checkout().currentAttempt(booking.state()), booking.reference(),
                booking.workshopTitleForBuyer(), booking.total(), booking.quantity(), booking.buyer().email(),
                booking.language(), booking.holdExpiresAt().orElseThrow(), link + "&paid=1", link + "&cancelled=1");
    }

    public void recordCheckout(String reference, Checkout checkout) {
        Booking booking = bookings.findByReference(reference).orElseThrow();
        if (booking.state() == BookingState.HELD || booking.state() == BookingState.PAYMENT_FAILED) {
            booking.startCheckout(checkout.provider(), checkout.checkoutId(), clock.instant());
        }
    }

    public String bookingUrl(String reference) {
        return baseUrl + "/booking/" + reference + "?t=" + access.tokenFor(reference);
    }

    private Booking find(String reference, String token) {
        if (!access.permits(reference, token)) {
            throw new NotFoundException("booking.unknown");
        }
        return bookings.findByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
    }
}
