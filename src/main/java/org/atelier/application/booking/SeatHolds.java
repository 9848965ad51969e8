package org.atelier.application.booking;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.pricing.PricingService;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingParty;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.booking.IdempotencyConflictException;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.booking.TooManyHoldsException;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.PricedBuyer;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.SeatsUnavailableException;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionNotBookableException;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.SessionStatus;
import org.atelier.domain.model.workshop.Workshop;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    Seats seats;

    @Inject
    AccountRepository accounts;

    @Inject
    BookingRepository bookings;

    @Inject
    PricingService pricing;

    @Inject
    AfterCommitWork outbox;

    @Inject
    BookingAccess access;

    @Inject
    Clock clock;

    /** Idempotency keys of the booking form; the API's start with "api:". */
    private static final String WEB_KEY_PREFIX = "web:";

    /** Unpaid holds one buyer (address or account) may keep open on one session; 0 for no cap. */
    @Inject
    @ConfigProperty(name = "atelier.open-holds-per-buyer", defaultValue = "3")
    int openHoldsPerBuyer;

    @Inject
    @ConfigProperty(name = "atelier.hold-minutes", defaultValue = "30")
    int holdMinutes;

    /**
     * The booking form's key: the browser's own random name (kept in its HTTP session) and the
     * form's. Only that browser has them, so nothing a stranger can type, such as someone's e-mail
     * address, ever leads to another person's booking.
     */
    public static String webKey(String browserId, String formId) {
        return WEB_KEY_PREFIX + browserId + ":" + formId;
    }

    /**
     * A request sent again (double click, API retry) carries the key of the first. A form sent
     * again from a page loaded anew (back, reload) carries a new form key; this browser's open
     * hold for the same seats is still the booking it meant.
     */
    public Optional<HoldReceipt> findRetry(HoldRequest request) {
        String key = request.idempotencyKey();
        if (key == null) {
            return Optional.empty();
        }
        Optional<Booking> byKey = bookings.findByIdempotencyKey(key);
        if (byKey.isPresent() && !isRetryOf(byKey.get(), request)) {
            throw new IdempotencyConflictException();
        }
        Optional<Booking> retried = byKey.or(() -> key.startsWith(WEB_KEY_PREFIX)
                ? bookings.findOpenHold(request.sessionId(), request.buyerEmail(), request.quantity(),
                        key.substring(0, key.lastIndexOf(':') + 1))
                : Optional.empty());
        return retried.map(existing -> HoldReceipt.of(existing, access.tokenFor(existing.reference())));
    }

    /** Whether the booking is the one a retried request with the same idempotency key asked for. */
    private static boolean isRetryOf(Booking booking, HoldRequest request) {
        return booking.session().id() == request.sessionId() && booking.quantity() == request.quantity()
                && booking.buyer().email().equalsIgnoreCase(request.buyerEmail().strip());
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
        // An appointment is made with its time, by AppointmentHolds; its session is nobody else's to hold.
        Session session = sessions.findById(sessionId)
                .filter(found -> found.workshop().isPublished() && !found.isAppointment())
                .orElseThrow(() -> new NotFoundException("session.unknown", sessionId));
        SessionRepository.SeatCount count = sessions.lockSeatCount(sessionId);
        PriceList priceList = pricing.priceList();
        List<Outcome> outcomes = new ArrayList<>(requests.size());
        int taken = 0;
        List<BookingRepository.OpenHold> open = openHoldsOf(sessionId, requests, now);
        for (HoldRequest request : requests) {
            try {
                Booking booking = decide(session, count, request, count.seatsLeft() - taken, priceList, now);
                requireRoomForAnotherHold(booking, open);
                if (unpaid(booking)) {
                    open.add(new BookingRepository.OpenHold(booking.buyer().email(), booking.accountId().orElse(null),
                            booking.holdExpiresAt().orElse(null)));
                }
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
        if (taken > 0 && !seats.take(sessionId, taken)) {
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
                buyerForBooking(request.accountId(), priceList, now), now);
        Booking booking = Booking.hold(session, request.quantity(), party, price,
                now.plus(Duration.ofMinutes(holdMinutes)), request.idempotencyKey(), now);
        if (price.isFree()) {
            booking.confirm(now);
        }
        return booking;
    }

    /**
     * The unpaid and free bookings of this batch's buyers, read once per batch under the session's
     * row lock, which every hold on the session takes: two requests at once cannot both slip under
     * the cap. Holds granted in the batch are added as they are decided.
     */
    private List<BookingRepository.OpenHold> openHoldsOf(long sessionId, List<HoldRequest> requests, Instant now) {
        if (openHoldsPerBuyer <= 0) {
            return new ArrayList<>();
        }
        Set<String> emails = requests.stream().map(HoldRequest::buyerEmail).filter(Objects::nonNull)
                .map(email -> email.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<Long> accounts = requests.stream().map(HoldRequest::accountId).filter(Objects::nonNull).collect(Collectors.toSet());
        return new ArrayList<>(bookings.openHolds(sessionId, emails, accounts, now));
    }

    /** Seats nobody has paid for (holds still in time, and free bookings) are capped per buyer, by address or account. */
    private void requireRoomForAnotherHold(Booking booking, List<BookingRepository.OpenHold> open) {
        if (openHoldsPerBuyer <= 0 || !unpaid(booking)) {
            return;
        }
        Long account = booking.accountId().orElse(null);
        List<BookingRepository.OpenHold> buyers = open.stream().filter(hold -> hold.buyerEmail().equals(booking.buyer().email())
                || account != null && account.equals(hold.accountId())).toList();
        if (buyers.size() >= openHoldsPerBuyer) {
            Instant firstExpiry = buyers.stream().map(BookingRepository.OpenHold::holdExpiresAt).filter(Objects::nonNull)
                    .min(Instant::compareTo).orElse(null);
            throw new TooManyHoldsException(buyers.size(), firstExpiry);
        }
    }

    private static boolean unpaid(Booking booking) {
        return booking.state().isAwaitingPayment() || booking.state().holdsSeats() && booking.total().isZero();
    }

    /** Judged on what the row lock read, not on the entity loaded a moment earlier. */
    /**
     * The buyer for a booking about to be made. Where a monthly quota is in play the account's row
     * is locked first, so that two bookings made at once cannot both take the last free one.
     */
    private PricedBuyer buyerForBooking(Long accountId, PriceList priceList, Instant now) {
        if (accountId != null && priceList.hasQuotas()) {
            accounts.lock(accountId);
            bookings.flush();
        }
        return pricing.buyer(accountId, now);
    }

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
