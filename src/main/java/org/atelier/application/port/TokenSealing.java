package org.atelier.application.port;

import org.atelier.domain.model.calendar.SealedToken;

import java.util.Optional;

/**
 * Keeps hosts' calendar refresh tokens unreadable at rest, each bound to its host: a token copied
 * onto another host's row does not open.
 */
public interface TokenSealing {

    /** Whether a key is configured; without one no calendar can be connected. */
    boolean isConfigured();

    SealedToken seal(String secret, long hostId);

    /** The secret, or empty when it was sealed under another key, for another host, or was altered. */
    Optional<String> open(SealedToken sealed, long hostId);
}
