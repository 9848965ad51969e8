package org.atelier.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingParty;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.booking.IdempotencyConflictException;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.pricing.PricingService;
import org.atelier.domain.model.shared.BookingException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seat hold's transactions. A batch of requests for one session is decided under one lock
 * of the session's row (see {@link SeatHoldBatcher}); a retried request finds its booking.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SeatHolds {

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

    /** Idempotency keys of the booking form; the API's start with "api:". */
    public static final String WEB_KEY_PREFIX = "web:";

    @Inject
    @ConfigProperty(name = "atelier.hold-minutes", defaultValue = "30")
    int holdMinutes;

    public Optional<HoldReceipt> findRetry(HoldRequest request) {
        if (request.idempotencyKey() == null) {
            return Optional.empty();
        }
        Optional<Booking> byKey = bookings.findByIdempotencyKey(request.idempotencyKey());
        if (byKey.isPresent() && !byKey.get().matchesRetry(request.sessionId(), request.quantity(), request.buyerEmail())) {
            throw new IdempotencyConflictException();
        }
        // A form sent again from a page loaded anew (back, reload) carries a new key; the same
        // buyer's open hold for the same seats is still the booking they meant.
        Optional<Booking> retried = byKey.or(() -> request.idempotencyKey().startsWith(WEB_KEY_PREFIX)
                ? bookings.findOpenHold(request.sessionId(), request.buyerEmail(), request.quantity())
                : Optional.empty());
        return retried.map(existing -> HoldReceipt.of(existing, access.tokenFor(existing.reference())));
    }

    /** A request's answer within a batch: a receipt, or the refusal for this request alone. */
    public record Outcome(HoldReceipt receipt, BookingException refusal) {
    }

    /**
     * Decides holds for one session in one transaction, in the order given: the session's row is
     * locked once, each request gets all its seats or a refusal saying how many are left, and the
     * seats of all granted requests are taken by one conditional update.
     */
    public List<Outcome> holdAll(long sessionId, List<HoldRequest> requests) {
        Instant now = clock.instant();
        Session session = sessions.findById(sessionId)
                .filter(found -> found.workshop().isPublished())
                .orElseThrow(() -> new NotFoundException("session.unknown", sessionId));
        SessionRepository.SeatCount count = sessions.lockSeatCount(sessionId);
        PriceList priceList = pricing.priceList();
        List<Outcome> outcomes = new ArrayList<>(requests.size());
        int taken = 0;
        for (HoldRequest request : requests) {
            try {
                Booking booking = decide(session, count, request, count.seatsLeft() - taken, priceList, now);
                bookings.add(booking);
                taken += booking.quantity();
                if (booking.state() == BookingState.CONFIRMED) {
                    outbox.confirmationMail(booking, now);
                    outbox.calendarSync(booking, now);
                }
                outcomes.add(new Outcome(HoldReceipt.of(booking, access.tokenFor(booking.reference())), null));
            } catch (BookingException refusal) {
                outcomes.add(new Outcome(null, refusal));
            }
        }
        bookings.flush();
        if (taken > 0 && !sessions.takeSeats(sessionId, taken)) {
            throw new IllegalStateException("Session " + sessionId + " changed under its own row lock");
        }
        return outcomes;
    }

    private Booking decide(Session session, SessionRepository.SeatCount count, HoldRequest request, int seatsLeft,
                           PriceList priceList, Instant now) {
        requireBookable(count, now);
        Workshop workshop = session.workshop();
        if (request.quantity() < 1 || request.quantity() > workshop.maxSeatsPerBooking()) {
            throw new BookingException("booking.quantity.range", workshop.maxSeatsPerBooking());
        }
        BookingParty party = party(request);
        if (request.quantity() > seatsLeft) {
            throw new SeatsUnavailableException(Math.max(0, seatsLeft));
        }
        PriceQuote price = priceList.quote(PricedWorkshop.of(workshop), request.quantity(),
                pricing.buyerForBooking(request.accountId(), priceList, now), now);
        Booking booking = Booking.hold(session, request.quantity(), party, price,
                now.plus(Duration.ofMinutes(holdMinutes)), request.idempotencyKey(), now);
        if (price.isFree()) {
            booking.confirm(now);
        }
        return booking;
    }

    /** Judged on what the row lock read, not on the entity loaded a moment earlier. */
    private static void requireBookable(SessionRepository.SeatCount count, Instant now) {
        if (count.status() == SessionStatus.CANCELLED) {
            throw new SessionNotBookableException("session.cancelled");
        }
        if (!now.isBefore(count.startsAt())) {
            throw new SessionNotBookableException("session.started");
        }
    }

    private static BookingParty party(HoldRequest request) {
        List<Participant> participants = request.participants().stream()
                .map(p -> new Participant(p.name(), p.email())).toList();
        return new BookingParty(new Buyer(request.buyerName(), request.buyerEmail()), participants,
                request.language(), request.accountId());
    }
}
