package org.atelier.application.cancellation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.BookingAccess;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.CancellationPolicy;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use cases: the buyer cancels their own booking from its private link, under the policy the
 * booking was made with. The preview and the cancellation work the refund out the same way; the
 * cancellation does it again under the booking's row lock, so a double click cancels and refunds
 * once, and a refund an admin gave meanwhile is not given twice.
 */
@Stateless
public class BuyerCancellation {

    static final String REASON = "Cancelled by the buyer";

    @Inject
    BookingAccess access;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingCancellation cancellation;

    @Inject
    Clock clock;

    /**
     * What cancelling now would do: {@code back} of {@code paid} (paid and not given back yet)
     * goes back; {@code lastRefundHours} says until how long before the start anything goes back.
     */
    public record Preview(Money paid, Money back, boolean free, int lastRefundHours) implements Serializable {
    }

    /**
     * Empty when the booking cannot be cancelled by its buyer: it is not (or no longer) booked, for
     * example still waiting for its payment or cancelled already, or its session has started.
     */
    public Optional<Preview> preview(String reference, String token) {
        return find(reference, token).flatMap(booking -> preview(booking, clock.instant()));
    }

    /** Cancels the booking; answers what goes back. Refused, changing nothing, when it cannot be cancelled. */
    public Preview cancel(String reference, String token) {
        if (!access.permits(reference, token)) {
            throw new NotFoundException("booking.unknown");
        }
        Booking booking = bookings.lockByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
        Instant now = clock.instant();
        Preview preview = preview(booking, now).orElseThrow(() -> new BookingException(
                booking.session().hasStartedAt(now) ? "cancel.started" : "cancel.ended"));
        cancellation.cancel(booking, new BookingCancellation.Request(REASON, booking.buyer().email(),
                booking.cancellationPolicy().percentBackAt(booking.session().startsAt(), now)));
        return preview;
    }

    private Optional<Booking> find(String reference, String token) {
        return access.permits(reference, token) ? bookings.findByReference(reference) : Optional.empty();
    }

    private Optional<Preview> preview(Booking booking, Instant now) {
        if (!booking.state().isBooked() || booking.session().hasStartedAt(now)) {
            return Optional.empty();
        }
        CancellationPolicy policy = booking.cancellationPolicy();
        Money back = cancellation.refundDue(booking, policy.percentBackAt(booking.session().startsAt(), now));
        Money paid = cancellation.refundDue(booking, 100);
        return Optional.of(new Preview(paid, back, booking.total().isZero(), policy.lastRefundHours()));
    }
}
