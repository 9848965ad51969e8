package org.atelier.domain.model.booking;

import org.atelier.domain.model.shared.BookingException;

/** An idempotency key came back with a different request than the one it was first used for. */
public class IdempotencyConflictException extends BookingException {

    public IdempotencyConflictException() {
        super("booking.idempotency.conflict");
    }
}
