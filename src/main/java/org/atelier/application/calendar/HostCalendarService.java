package org.atelier.application.calendar;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.port.TokenSealing;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.calendar.CalendarConnection;
import org.atelier.domain.model.calendar.CalendarConnectionRepository;
import org.atelier.domain.model.calendar.CalendarStatus;
import org.atelier.domain.model.shared.BookingException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Use cases of a host's calendar connection: connect (after Google's consent), see it, disconnect. */
@Stateless
public class HostCalendarService {

    /** What the host's account page shows. */
    public record Connection(CalendarStatus status, Instant connectedAt) {
    }

    @Inject
    BookingRepository bookings;

    @Inject
    CalendarConnectionRepository connections;

    @Inject
    AccountRepository accounts;

    @Inject
    CalendarAccess access;

    @Inject
    TokenSealing cipher;

    @Inject
    HostTokens tokens;

    @Inject
    AfterCommitWork outbox;

    @Inject
    Event<CalendarChanged> changed;

    @Inject
    Clock clock;

    public boolean isAvailable() {
        return access.isAvailable();
    }

    public Optional<Connection> connectionOf(long accountId) {
        return connections.findByAccount(accountId).map(c -> new Connection(c.status(), c.connectedAt()));
    }

    /** Where the host grants access; Google comes back to {@code redirectUri} with a code and the state. */
    public String consentAddress(long accountId, String redirectUri, String state, String codeChallenge) {
        requireHost(accountId);
        return access.consentAddress(redirectUri, state, codeChallenge);
    }

    /**
     * Exchanges the consent's code for a refresh token and keeps it sealed; the host's upcoming
     * bookings are then put into the calendar, including those booked while it was disconnected.
     */
    public void connect(long accountId, String code, String codeVerifier, String redirectUri) throws CalendarAccess.Refused {
        requireHost(accountId);
        String refreshToken = access.refreshTokenFor(code, codeVerifier, redirectUri);
        Instant now = clock.instant();
        Optional<CalendarConnection> known = connections.findByAccount(accountId);
        if (known.isPresent()) {
            known.get().reconnect(cipher.seal(refreshToken, accountId), now);
        } else {
            connections.add(new CalendarConnection(accountId, "primary", cipher.seal(refreshToken, accountId), now));
        }
        for (long bookingId : bookings.findUpcomingBookedIdsOfHost(accountId, now)) {
            outbox.calendarResync(bookingId, now);
        }
        changed.fire(new CalendarChanged(accountId));
    }

    /** Forgets the token here and asks Google to forget the grant; events already made stay in the calendar. */
    public void disconnect(long accountId) {
        connections.findByAccount(accountId).ifPresent(connection -> {
            tokens.refreshToken(connection).ifPresent(access::revoke);
            connections.remove(connection);
        });
        changed.fire(new CalendarChanged(accountId));
    }

    private void requireHost(long accountId) {
        boolean host = accounts.findById(accountId).map(a -> a.roles().contains(Role.HOST)).orElse(false);
        if (!host) {
            throw new BookingException("calendar.notHost");
        }
    }
}
