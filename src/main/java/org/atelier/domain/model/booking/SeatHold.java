package org.atelier.domain.model.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.atelier.domain.model.shared.BookingException;

import java.time.Instant;
import java.util.Optional;

/**
 * How long a booking keeps its seats without being paid for, and the key of the request that
 * held them (a retried request with the same key finds this booking). Once the booking is
 * confirmed the seats are the buyer's and the hold no longer expires.
 */
@Embeddable
public class SeatHold {

    @Column(name = "hold_expires_at")
    private Instant expiresAt;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    protected SeatHold() {
        // for JPA
    }

    private SeatHold(Instant expiresAt, String idempotencyKey) {
        this.expiresAt = expiresAt;
        this.idempotencyKey = idempotencyKey;
    }

    /** Seats held from {@code now} until {@code expiresAt}, which must lie ahead. */
    static SeatHold until(Instant expiresAt, String idempotencyKey, Instant now) {
        if (!expiresAt.isAfter(now)) {
            throw new BookingException("booking.hold.expired");
        }
        return new SeatHold(expiresAt, idempotencyKey);
    }

    /** Never shortens a hold; only an open one is stretched. */
    boolean stretchTo(Instant until, Instant now) {
        if (expiresAt == null || !until.isAfter(expiresAt) || hasEndedAt(now)) {
            return false;
        }
        expiresAt = until;
        return true;
    }

    boolean hasEndedAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    void release() {
        expiresAt = null;
    }

    Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }
}
