package org.atelier.application.waitlist;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.BookingAccess;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.waitlist.WaitlistEntry;
import org.atelier.domain.model.waitlist.WaitlistRepository;
import org.atelier.domain.model.waitlist.WaitlistState;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use cases of a session's waitlist for the person waiting: join it, see their place in line
 * (and the offer, once seats were put aside for them) from the private link, leave it. The link
 * is {@code /waitlist?ref={reference}&t={token}}, the token an HMAC of the reference, as for
 * bookings.
 */
@Stateless
public class Waitlist {

    static final String LINK_PURPOSE = "waitlist";

    @Inject
    WaitlistRepository entries;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingAccess access;

    @Inject
    Clock clock;

    /** Someone asking for a place in line; {@code accountId} is null for a guest. */
    public record JoinRequest(long sessionId, int seats, String name, String email, String language, Long accountId) {
    }

    /** The private link's two parts. */
    public record Place(String reference, String token) implements Serializable {
    }

    /**
     * A place in line as its owner sees it: {@code place} counts from 1 while waiting; once seats
     * were offered, {@code offer} is the link to the booking that holds them.
     */
    public record View(String reference, WaitlistState state, int place, int seats, long sessionId, Instant startsAt,
                       String workshopSlug, Optional<Place> offer) implements Serializable {
    }

    /** A place at the end of the line; refused, with nothing stored, when the session has room or has passed. */
    public Place join(JoinRequest request) {
        Instant now = clock.instant();
        Session session = sessions.findById(request.sessionId()).filter(s -> s.workshop().isPublished() && !s.isAppointment())
                .orElseThrow(() -> new NotFoundException("session.unknown", request.sessionId()));
        // The session's row lock queues joins (a double click too) behind each other and behind the
        // offers, so the seats counted here and the place checked below are still so at the insert.
        int seatsLeft = sessions.lockSeatCount(session.id()).seatsLeft();
        WaitlistEntry entry = WaitlistEntry.join(session, seatsLeft, request.seats(),
                new Buyer(request.name(), request.email()), request.language(), request.accountId(), now);
        if (entries.isWaiting(session.id(), entry.person().email())) {
            throw new BookingException("waitlist.already");
        }
        entries.add(entry);
        return new Place(entry.reference(), access.tokenFor(LINK_PURPOSE, entry.reference()));
    }

    public Optional<View> view(String reference, String token) {
        return find(reference, token).map(entry -> new View(entry.reference(), entry.state(),
                entry.state() == WaitlistState.WAITING ? entries.placeOf(entry) : 0, entry.seats(), entry.session().id(),
                entry.session().startsAt(), entry.session().workshop().slug(),
                entry.offerBookingId().flatMap(bookings::findById)
                        .map(offer -> new Place(offer.reference(), access.tokenFor(offer.reference())))));
    }

    /** Gives up a place that still waits; an offer made already is declined on its booking page. */
    public void leave(String reference, String token) {
        if (!access.permits(LINK_PURPOSE, reference, token)) {
            throw new NotFoundException("waitlist.unknown");
        }
        entries.lockByReference(reference).orElseThrow(() -> new NotFoundException("waitlist.unknown"))
                .leave(clock.instant());
    }

    private Optional<WaitlistEntry> find(String reference, String token) {
        return access.permits(LINK_PURPOSE, reference, token) ? entries.findByReference(reference) : Optional.empty();
    }
}
