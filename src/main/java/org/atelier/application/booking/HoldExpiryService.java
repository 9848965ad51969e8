package org.atelier.application.booking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Use case: holds whose time is up are abandoned and their seats offered again. */
@Stateless
public class HoldExpiryService {

    @Inject
    BookingRepository bookings;

    @Inject
    Seats seats;

    @Inject
    Clock clock;

    /** Expires up to {@code limit} holds; answers how many. Safe to run on several instances at once. */
    public int expireDueHolds(int limit) {
        Instant now = clock.instant();
        List<Booking> expired = bookings.lockExpiredHolds(now, limit);
        for (Booking booking : expired) {
            seats.move(booking, held -> held.abandon(now));
        }
        return expired.size();
    }
}
