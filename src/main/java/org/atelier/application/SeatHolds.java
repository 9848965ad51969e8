package org.atelier.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingParty;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.booking.IdempotencyConflictException;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.pricing.PricingService;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.SeatsUnavailableException;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionNotBookableException;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.SessionStatus;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.infrastructure.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The seat hold, in one transaction: the booking is written first and the seats are taken last
 * by one conditional update, so the session's row lock is held for as short a time as possible.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SeatHolds {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    PricingService pricing;

    @Inject
    Outbox outbox;

    @Inject
    BookingAccess access;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "atelier.hold-minutes", defaultValue = "30")
    int holdMinutes;

    public Optional<HoldReceipt> findRetry(HoldRequest request) {
        if (request.idempotencyKey() == null) {
            return Optional.empty();
        }
        return bookings.findByIdempotencyKey(request.idempotencyKey()).map(existing -> {
            if (!existing.matchesRetry(request.sessionId(), request.quantity(), request.buyerEmail())) {
                throw new IdempotencyConflictException();
            }
            return HoldReceipt.of(existing, access.tokenFor(existing.reference()));
        });
    }

    public HoldReceipt hold(HoldRequest request) {
        Instant now = clock.instant();
        Session session = sessions.findById(request.sessionId())
                .filter(found -> found.workshop().isPublished())
                .orElseThrow(() -> new NotFoundException("session.unknown", request.sessionId()));
        requireBookable(session, now);
        Workshop workshop = session.workshop();
        if (request.quantity() < 1 || request.quantity() > workshop.maxSeatsPerBooking()) {
            throw new BookingException("booking.quantity.range", workshop.maxSeatsPerBooking());
        }
        Money total = pricing.total(workshop, request.quantity());
        Booking booking = Booking.hold(session, request.quantity(), party(request), total,
                now.plus(Duration.ofMinutes(holdMinutes)), request.idempotencyKey(), now);
        if (total.isZero()) {
            booking.confirm(now);
        }
        bookings.add(booking);
        if (!sessions.takeSeats(session.id(), request.quantity())) {
            throw new SeatsUnavailableException(Math.max(0, sessions.seatsLeftNow(session.id())));
        }
        if (total.isZero()) {
            outbox.confirmationMail(booking, now);
        }
        return HoldReceipt.of(booking, access.tokenFor(booking.reference()));
    }

    private static void requireBookable(Session session, Instant now) {
        if (session.status() == SessionStatus.CANCELLED) {
            throw new SessionNotBookableException("session.cancelled");
        }
        if (session.hasStartedAt(now)) {
            throw new SessionNotBookableException("session.started");
        }
    }

    private static BookingParty party(HoldRequest request) {
        List<Participant> participants = request.participants().stream()
                .map(p -> new Participant(p.name(), p.email())).toList();
        return new BookingParty(new Buyer(request.buyerName(), request.buyerEmail()), participants,
                request.language());
    }
}
