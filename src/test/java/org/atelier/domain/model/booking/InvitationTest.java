package org.atelier.domain.model.booking;

import org.atelier.domain.model.shared.BookingException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An invitation link works once, until it expires, and only for a plausible address. */
class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));
    private static final long BOOKING = 42;

    @Test
    void aLinkWorksOnceAndNotAfterItExpired() {
        Invitation used = invitation();
        used.accept(NOW.plus(Duration.ofDays(1)));
        assertFalse(used.isOpenAt(NOW.plus(Duration.ofDays(1))));
        assertEquals("invitation.used", assertThrows(BookingException.class,
                () -> used.accept(NOW.plus(Duration.ofDays(2)))).messageKey());

        Invitation late = invitation();
        assertTrue(late.isOpenAt(EXPIRES.minusSeconds(1)));
        assertEquals("invitation.expired", assertThrows(BookingException.class, () -> late.accept(EXPIRES)).messageKey());
        assertFalse(late.isOpenAt(EXPIRES));
    }

    @Test
    void anInvitationNeedsAnAddressAndAReferenceThatSaysNothing() {
        assertThrows(BookingException.class, () -> Invitation.issue(BOOKING, "ref", "not an address", "d", EXPIRES, NOW));
        assertEquals("guest@example.org", Invitation.issue(BOOKING, "ref", " Guest@Example.org ", "d", EXPIRES, NOW).email());
        assertNotEquals(Invitation.newReference(), Invitation.newReference());
        assertTrue(Invitation.newReference().length() >= 24, "18 random bytes, Base64");
    }

    private static Invitation invitation() {
        return Invitation.issue(BOOKING, Invitation.newReference(), "guest@example.org", "digest", EXPIRES, NOW);
    }

}
