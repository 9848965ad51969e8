package org.atelier.application.booking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.port.AuditTrail;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: the buyer moves their booking to another session of the same workshop, from its
 * private link, until the booking's terms allow. The seats move in one transaction under the
 * booking's row lock; the price stays, so no money moves; the buyer and the participants get an
 * invite that replaces the old one (same UID, higher SEQUENCE), and the host's calendar follows.
 */
@Stateless
public class SessionChange {

    @Inject
    BookingAccess access;

    @Inject
    BookingRepository bookings;

    @Inject
    SessionRepository sessions;

    @Inject
    Seats seats;

    @Inject
    AfterCommitWork outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Until when the booking may move; empty when it cannot move at all (not booked, or too late). */
    public Optional<Instant> changesUntil(String reference, String token) {
        Instant now = clock.instant();
        return access.permits(reference, token)
                ? bookings.findByReference(reference).filter(booking -> canMove(booking, now)).map(booking -> booking.terms().changesUntil(booking.session().startsAt()))
                : Optional.empty();
    }

    /** Moves the booking to session {@code targetId}; refused, changing nothing, when it cannot go there. */
    public void change(String reference, String token, long targetId) {
        if (!access.permits(reference, token)) {
            throw new NotFoundException("booking.unknown");
        }
        Booking booking = bookings.lockByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
        Instant now = clock.instant();
        if (!canMove(booking, now)) {
            throw new BookingException(booking.state().isBooked() ? "change.tooLate" : "cancel.ended");
        }
        Session target = sessions.findById(targetId).filter(s -> s.workshop().equals(booking.session().workshop())
                && !s.equals(booking.session())).orElseThrow(() -> new BookingException("change.session.unknown"));
        if (!target.isBookableAt(now)) {
            throw new BookingException(target.hasStartedAt(now) ? "change.session.started" : "change.session.closed");
        }
        Instant before = booking.session().startsAt();
        seats.moveToSession(booking, target, now);
        outbox.sessionChangedMail(booking, now);
        outbox.calendarSync(booking, now);
        audit.record(new AuditTrail.Entry(booking.buyer().email(), "CHANGE_SESSION", "BOOKING", booking.reference(),
                booking.id(), before.toString(), target.startsAt().toString(), ""), now);
    }

    /** An appointment is not one of a workshop's sessions: it has no others to move to. */
    private static boolean canMove(Booking booking, Instant now) {
        return booking.state().isBooked() && !booking.session().isAppointment() && now.isBefore(booking.terms().changesUntil(booking.session().startsAt()));
    }
}
