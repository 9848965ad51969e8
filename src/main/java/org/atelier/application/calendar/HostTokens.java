package org.atelier.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.application.port.TokenSealing;
import org.atelier.domain.model.calendar.CalendarConnection;
import org.atelier.domain.model.calendar.CalendarConnectionRepository;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.Workshop;

import java.time.Clock;
import java.util.Optional;

/**
 * The way into a host's calendar: its id and a fresh access token, from the sealed refresh token.
 * When the token cannot be opened (the key changed) or Google refuses it for good, the connection
 * is marked for reconnecting, so the host and the admins see it and nothing is sent in vain.
 */
@ApplicationScoped
public class HostTokens {

    /** A host's calendar, ready for calls. */
    public record Access(long hostId, String calendarId, String accessToken) {
    }

    @Inject
    CalendarConnectionRepository connections;

    @Inject
    TokenSealing cipher;

    @Inject
    CalendarAccess access;

    @Inject
    Clock clock;

    /** Empty when the workshop's host has no account, no connection, or none that works. */
    public Optional<Access> forWorkshop(Workshop workshop) {
        return workshop.hostAccountId().flatMap(this::forHost);
    }

    /** The calendar of whoever gives the session: an appointment's own host, else its workshop's. */
    public Optional<Access> forSession(Session session) {
        return session.appointmentHost().or(() -> session.workshop().hostAccountId()).flatMap(this::forHost);
    }

    /** Empty when the host has no connection, or none that works. */
    public Optional<Access> forHost(long hostAccountId) {
        return connections.findByAccount(hostAccountId).filter(CalendarConnection::isUsable).flatMap(this::accessTo);
    }

    private Optional<Access> accessTo(CalendarConnection connection) {
        Optional<String> refreshToken = refreshToken(connection);
        if (refreshToken.isEmpty()) {
            connection.needsReconnect("The token was sealed under a key that is no longer configured", clock.instant());
            return Optional.empty();
        }
        try {
            return Optional.of(new Access(connection.accountId(), connection.calendarId(),
                    access.accessToken(refreshToken.get())));
        } catch (CalendarAccess.Refused refused) {
            connection.needsReconnect("Google refused the token: " + refused.getMessage(), clock.instant());
            return Optional.empty();
        }
    }

    public Optional<String> refreshToken(CalendarConnection connection) {
        return cipher.open(connection.token(), connection.accountId());
    }
}
