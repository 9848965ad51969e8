package org.atelier.application.appointment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.appointment.StudioPlanning.Host;
import org.atelier.application.appointment.StudioPlanning.ServiceHosts;
import org.atelier.application.booking.BookingAccess;
import org.atelier.application.booking.Seats;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.port.AuditTrail;
import org.atelier.domain.model.appointment.PlanningProfile;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Use case: the visitor moves an appointment to another free time of its service, until the
 * booking's terms allow a change (as a workshop booking changes session). The new time is taken
 * and the old one freed in one transaction, under the host's row lock; the price stays, so no money
 * moves; the calendar event and the invite move with it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AppointmentReschedule {

    @Inject
    BookingAccess access;

    @Inject
    BookingRepository bookings;

    @Inject
    SessionRepository sessions;

    @Inject
    StudioPlanning planning;

    @Inject
    SlotCheck slots;

    @Inject
    Seats seats;

    @Inject
    AfterCommitWork outbox;

    @Inject
    AuditTrail audit;

    @Inject
    StudioSlots studio;

    @Inject
    Clock clock;

    /** Until when the appointment may move; empty when it cannot (not an appointment, not booked, too late). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> movesUntil(String reference, String token) {
        Instant now = clock.instant();
        return access.permits(reference, token)
                ? bookings.findByReference(reference).filter(booking -> canMove(booking, now)).map(booking -> booking.terms().changesUntil(booking.session().startsAt()))
                : Optional.empty();
    }

    /** The next free times the appointment could move to, as the booking's own profile offers them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FreeSlot> choices(String reference, String token) {
        if (!access.permits(reference, token)) {
            return List.of();
        }
        return bookings.findByReference(reference).filter(booking -> booking.session().isAppointment())
                .flatMap(booking -> studio.slotsAhead(booking.session().workshop().slug(), booking.accountId().orElse(null)))
                .map(SlotAnswer::suggested).orElse(List.of());
    }

    public void reschedule(String reference, String token, Instant start, Long hostAccountId) {
        if (!access.permits(reference, token)) {
            throw new NotFoundException("booking.unknown");
        }
        Booking booking = bookings.lockByReference(reference).orElseThrow(() -> new NotFoundException("booking.unknown"));
        Instant now = clock.instant();
        if (!canMove(booking, now)) {
            throw new BookingException(booking.state().isBooked() ? "change.tooLate" : "cancel.ended");
        }
        Session before = booking.session();
        if (before.startsAt().equals(start)) {
            throw new BookingException("reschedule.same");
        }
        LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
        ServiceHosts service = planning.service(before.workshop().id(), day.minusDays(1), day.plusDays(1))
                .orElseThrow(() -> new NotFoundException("service.unknown", before.workshop().id()));
        PlanningProfile profile = planning.profileFor(booking.accountId().orElse(null), now).lasting(service.service().duration());
        Host host = slots.firstFree(service, hostAccountId, profile, start, now, before.blockedTime());
        Session target = before.workshop().appointment(host.accountId(), start, host.availability().bufferBefore(),
                host.availability().bufferAfter(), now);
        sessions.add(target);
        bookings.flush();
        // The new session's id is the higher, so the old time is freed before the new one is taken:
        // a move to an overlapping time of the same host passes the exclusion constraint.
        seats.moveToSession(booking, target, now);
        outbox.sessionChangedMail(booking, now);
        outbox.calendarSync(booking, now);
        audit.record(new AuditTrail.Entry(booking.buyer().email(), "RESCHEDULE", "BOOKING", booking.reference(),
                booking.id(), before.startsAt().toString(), start.toString(), ""), now);
    }

    private static boolean canMove(Booking booking, Instant now) {
        return booking.state().isBooked() && booking.session().isAppointment() && now.isBefore(booking.terms().changesUntil(booking.session().startsAt()));
    }
}
