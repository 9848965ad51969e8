package org.atelier.domain.model.account;

import java.time.Duration;

/** Why a single-use link was mailed (or printed), and how long it stays good. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1)),
    SETUP_ADMIN(Duration.ofDays(7));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A reset and the first admin's setup both end in choosing a password. */
    public boolean setsPassword() {
        return this != VERIFY_EMAIL;
    }
}
