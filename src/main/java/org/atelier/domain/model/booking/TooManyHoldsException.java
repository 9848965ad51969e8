package org.atelier.domain.model.booking;

import org.atelier.domain.model.shared.BookingException;

import java.time.Instant;

/**
 * The buyer already has as many unpaid holds on this session as one person may keep open: seats
 * held but never paid for are seats nobody else can buy. Another may be asked for when the first
 * of them runs out.
 */
public class TooManyHoldsException extends BookingException {

    private final transient Instant retryAt;

    public TooManyHoldsException(int openHolds, Instant retryAt) {
        super("booking.holds.tooMany", openHolds);
        this.retryAt = retryAt;
    }

    /** When the first open hold runs out and a new one can be made. */
    public Instant retryAt() {
        return retryAt;
    }
}
