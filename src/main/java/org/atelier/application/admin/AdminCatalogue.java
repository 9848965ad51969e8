package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.RefundService;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.SessionStatus;
import org.atelier.infrastructure.audit.AuditLog;
import org.atelier.infrastructure.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Use cases of the admin's workshop and session pages. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminCatalogue {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundService refundService;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record WorkshopChoice(long id, String title) {
    }

    /** A session as the admin's list shows it: when, what, and how full. */
    public record SessionLine(long id, String workshopTitle, Instant startsAt, String location, int capacity,
                              int seatsTaken, SessionStatus status) {

        public boolean isCancelled() {
            return status == SessionStatus.CANCELLED;
        }
    }

    public List<WorkshopChoice> workshopChoices() {
        return em.createQuery("select w.id, w.title from Workshop w order by w.title", Object[].class).getResultList()
                .stream().map(row -> new WorkshopChoice((Long) row[0], (String) row[1])).toList();
    }

    /** Sessions from yesterday on, soonest first. */
    public List<SessionLine> upcomingSessions() {
        return em.createQuery("""
                        select s from Session s join fetch s.workshop
                        where s.startsAt >= :since order by s.startsAt, s.id""", Session.class)
                .setParameter("since", clock.instant().minus(Duration.ofDays(1)))
                .setMaxResults(500)
                .getResultList().stream()
                .map(s -> new SessionLine(s.id(), s.workshop().title(), s.startsAt(), s.location(), s.capacity(),
                        s.seatsTaken(), s.status()))
                .toList();
    }

    /**
     * Cancels a session: nobody can book it any more, each booking that held seats is cancelled,
     * refunded in full through the refund use case when it was paid, and its buyer is told.
     * Answers how many bookings were cancelled.
     */
    public int cancelSession(long sessionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BookingException("refund.reason.required");
        }
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session.unknown", sessionId));
        // New holds take this lock too: none can slip in between the cancellation and its bookings.
        sessions.lockSeatCount(sessionId);
        if (session.status() == SessionStatus.CANCELLED) {
            throw new BookingException("session.cancelled");
        }
        Instant now = clock.instant();
        session.cancel();
        List<Booking> affected = bookings.findHoldingSeats(sessionId);
        for (Booking booking : affected) {
            String before = booking.state().name();
            booking.cancel(now);
            sessions.releaseSeats(sessionId, booking.quantity());
            if (payments.findByBooking(booking.id()).stream().anyMatch(p -> !refunds.refundable(p).isZero())) {
                refundService.refund(booking.reference(), OptionalLong.empty(), reason, actor());
            }
            outbox.cancellationMail(booking, now);
            audit.record(new AuditLog.Entry(actor(), "CANCEL", "BOOKING", booking.reference(), booking.id(), before,
                    booking.state().name(), reason), now);
        }
        audit.record(new AuditLog.Entry(actor(), "CANCEL_SESSION", "SESSION", Long.toString(sessionId), null,
                "SCHEDULED", "CANCELLED", reason + " (" + affected.size() + " bookings)"), now);
        return affected.size();
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
