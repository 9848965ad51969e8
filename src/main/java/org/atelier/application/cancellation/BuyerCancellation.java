package org.atelier.application.cancellation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.BookingAccess;
import org.atelier.application.booking.Seats;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Use cases: from its private link, the buyer cancels their own booking, gives back some of its
 * seats, or lets go of seats held and not paid for, under the policy the booking was made with.
 * A preview and its change work the refund out the same way; the change does it again under the
 * booking's row lock, so a double click changes and refunds once, and a refund an admin gave
 * meanwhile is not given twice.
 */
@Stateless
public class BuyerCancellation {

    static final String REASON = "Cancelled by the buyer";

    static final String GIVE_BACK_REASON = "Seats given back by the buyer";

    @Inject
    BookingAccess access;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingCancellation cancellation;

    @Inject
    Seats seats;

    @Inject
    Clock clock;

    /**
     * What cancelling now would do: {@code back} of {@code paid} (paid and not given back yet)
     * goes back; {@code lastRefundHours} says until how long before the start anything goes back.
     */
    public record Preview(Money paid, Money back, boolean free, int lastRefundHours) implements Serializable {
    }

    /**
     * What giving seats back would do: {@code seatsKept} seats now costing {@code keptTotal},
     * {@code back} going back, and the participants (by name) who lose their seats.
     */
    public record GiveBackPreview(int seatsKept, Money keptTotal, Money back, List<String> leaving) implements Serializable {

        public GiveBackPreview {
            leaving = List.copyOf(leaving);
        }
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
        Booking booking = lock(reference, token);
        Instant now = clock.instant();
        requireChangeable(booking, now);
        Preview preview = preview(booking, now).orElseThrow();
        cancellation.cancel(booking, new BookingCancellation.Request(REASON, booking.buyer().email(), percentBack(booking, now)));
        return preview;
    }

    /**
     * What giving back {@code returned} seats now would do: the seats and price kept, what goes
     * back, and who loses their place. Empty when the booking cannot be changed by its buyer.
     */
    public Optional<GiveBackPreview> previewGiveBack(String reference, String token, int returned) {
        return find(reference, token).filter(booking -> changeable(booking, clock.instant()))
                .map(booking -> giveBackPreview(booking, returned, clock.instant()));
    }

    /** Gives back {@code returned} seats under the booking's row lock; answers what goes back. */
    public GiveBackPreview giveBack(String reference, String token, int returned) {
        Booking booking = lock(reference, token);
        Instant now = clock.instant();
        requireChangeable(booking, now);
        GiveBackPreview preview = giveBackPreview(booking, returned, now);
        cancellation.giveBack(booking, returned, new BookingCancellation.Request(GIVE_BACK_REASON, booking.buyer().email(),
                percentBack(booking, now)));
        return preview;
    }

    /**
     * The buyer lets go of seats held for them and not paid for (a waitlist offer they decline,
     * say): the seats go back, and on to whoever waits for them. Refused while a payment is on
     * its way, which would confirm the seats after all.
     */
    public void releaseHold(String reference, String token) {
        Booking booking = lock(reference, token);
        if (booking.state() != BookingState.HELD && booking.state() != BookingState.PAYMENT_FAILED) {
            throw new BookingException("hold.notHeld");
        }
        seats.move(booking, held -> held.abandon(clock.instant()));
    }

    private Booking lock(String reference, String token) {
        if (!access.permits(reference, token)) {
            throw new NotFoundException("booking.unknown");
        }
        return bookings.lockByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
    }

    /** Only a booking that is booked, of a session that has not started, is its buyer's to change. */
    private static boolean changeable(Booking booking, Instant now) {
        return booking.state().isBooked() && !booking.session().hasStartedAt(now);
    }

    private static void requireChangeable(Booking booking, Instant now) {
        if (!changeable(booking, now)) {
            throw new BookingException(booking.session().hasStartedAt(now) ? "cancel.started" : "cancel.ended");
        }
    }

    private static int percentBack(Booking booking, Instant now) {
        return booking.terms().cancellationPolicy().percentBackAt(booking.session().startsAt(), now);
    }

    private GiveBackPreview giveBackPreview(Booking booking, int returned, Instant now) {
        Money kept = booking.terms().totalWithout(returned);
        Money share = cancellation.shareDue(booking, booking.total().minus(kept), percentBack(booking, now));
        int seatsKept = booking.quantity() - returned;
        List<String> leaving = booking.participants().stream().skip(Math.max(0, seatsKept - 1)).map(Participant::name).toList();
        return new GiveBackPreview(seatsKept, kept, share, leaving);
    }

    private Optional<Booking> find(String reference, String token) {
        return access.permits(reference, token) ? bookings.findByReference(reference) : Optional.empty();
    }

    private Optional<Preview> preview(Booking booking, Instant now) {
        if (!changeable(booking, now)) {
            return Optional.empty();
        }
        Money paid = cancellation.refundDue(booking, 100);
        Money back = cancellation.refundDue(booking, percentBack(booking, now));
        return Optional.of(new Preview(paid, back, booking.total().isZero(),
                booking.terms().cancellationPolicy().lastRefundHours()));
    }
}
