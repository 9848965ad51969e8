package org.atelier.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.domain.model.calendar.CalendarConnection;
import org.atelier.infrastructure.google.TokenCipher;

import java.time.Instant;
import java.util.Optional;

/**
 * A host's access token, from the sealed refresh token. When the token cannot be opened (the key
 * changed) or Google refuses it for good, the connection is marked for reconnecting, so the host
 * and the admins see it and nothing is sent in vain.
 */
@ApplicationScoped
public class HostTokens {

    @Inject
    TokenCipher cipher;

    @Inject
    CalendarAccess access;

    public Optional<String> accessToken(CalendarConnection connection, Instant now) {
        Optional<String> refreshToken = cipher.open(connection.token(), connection.accountId());
        if (refreshToken.isEmpty()) {
            connection.needsReconnect("The token was sealed under a key that is no longer configured", now);
            return Optional.empty();
        }
        try {
            return Optional.of(access.accessToken(refreshToken.get()));
        } catch (CalendarAccess.Refused refused) {
            connection.needsReconnect("Google refused the token: " + refused.getMessage(), now);
            return Optional.empty();
        }
    }

    public Optional<String> refreshToken(CalendarConnection connection) {
        return cipher.open(connection.token(), connection.accountId());
    }
}
