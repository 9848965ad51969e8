package org.atelier.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.workshop.Session;

import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Makes the host's calendar match a booking as it is now: an event while it is booked, none once
 * it is cancelled or refunded. Run by the outbox inside its transaction; a plain bean, not an EJB,
 * so that a failed call leaves that transaction able to record the retry.
 */
@ApplicationScoped
public class BookingCalendarSync {

    private static final Logger LOG = Logger.getLogger(BookingCalendarSync.class.getName());

    @Inject
    BookingRepository bookings;

    @Inject
    HostTokens tokens;

    @Inject
    HostCalendar calendar;

    public void sync(long bookingId) {
        Booking booking = bookings.findById(bookingId).orElseThrow();
        Optional<HostTokens.Access> host = tokens.forSession(booking.session());
        if (host.isEmpty()) {
            LOG.fine(() -> "Booking " + booking.reference() + " has no working host calendar to go into");
            return;
        }
        if (booking.state().isBooked()) {
            calendar.put(host.get().accessToken(), host.get().calendarId(), entryFor(booking));
        } else {
            calendar.remove(host.get().accessToken(), host.get().calendarId(), eventId(booking));
        }
    }

    /** Google's event ids are base32hex (a-v, 0-9): ours are derived from the booking, so a retry cannot duplicate. */
    static String eventId(Booking booking) {
        return "atelier" + booking.id();
    }

    private static HostCalendar.Entry entryFor(Booking booking) {
        Session session = booking.session();
        String people = booking.participants().stream().map(Participant::name).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        String summary = session.workshop().title() + ": " + booking.buyer().name()
                + (booking.quantity() == 1 ? "" : " (" + booking.quantity() + " seats)");
        String description = "Atelier booking " + booking.reference() + ", " + booking.quantity()
                + (booking.quantity() == 1 ? " seat" : " seats") + (people.isEmpty() ? "" : "\nParticipants: " + people);
        return new HostCalendar.Entry(eventId(booking), summary, description, session.location(), session.startsAt(),
                session.endsAt());
    }
}
