package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.port.AuditTrail;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.waitlist.WaitlistEntry;
import org.atelier.domain.model.waitlist.WaitlistRepository;
import org.atelier.domain.model.waitlist.WaitlistState;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Use cases: an admin reads a session's waitlist, with what became of each offer, and takes someone off it. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminWaitlists {

    @Inject
    WaitlistRepository waitlist;

    @Inject
    BookingRepository bookings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /** One place in line; {@code offer} names the booking that holds (or held) its seats, and that booking's state. */
    public record EntryLine(String reference, int place, String name, String email, int seats, Instant joinedAt,
                            WaitlistState state, Optional<String> offerReference, Optional<BookingState> offerState) {
    }

    public List<EntryLine> entries(long sessionId) {
        List<WaitlistEntry> entries = waitlist.findBySession(sessionId);
        int[] place = {0};
        return entries.stream().map(entry -> {
            Optional<Booking> offer = entry.offerBookingId().flatMap(bookings::findById);
            return new EntryLine(entry.reference(), entry.state() == WaitlistState.WAITING ? ++place[0] : 0,
                    entry.person().name(), entry.person().email(), entry.seats(), entry.joinedAt(), entry.state(),
                    offer.map(Booking::reference), offer.map(Booking::state));
        }).toList();
    }

    /** Takes a waiting person off the list, say at their request by phone; the reason goes into the audit trail. */
    public void remove(String reference, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BookingException("waitlist.reason.required");
        }
        WaitlistEntry entry = waitlist.lockByReference(reference)
                .orElseThrow(() -> new NotFoundException("waitlist.unknown"));
        Instant now = clock.instant();
        entry.leave(now);
        audit.record(new AuditTrail.Entry(caller.getCallerPrincipal().getName(), "REMOVE_FROM_WAITLIST", "WAITLIST",
                reference, null, WaitlistState.WAITING.name(), WaitlistState.LEFT.name(), reason.strip()), now);
    }
}
