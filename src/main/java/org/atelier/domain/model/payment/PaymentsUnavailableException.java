package org.atelier.domain.model.payment;

import org.atelier.domain.model.shared.BookingException;

import java.time.Instant;

/** The payment provider failed (down, slow, refusing); the hold stays, and the visitor may retry. */
public class PaymentsUnavailableException extends BookingException {

    private final transient Instant heldUntil;

    public PaymentsUnavailableException(Instant heldUntil, Throwable cause) {
        super("payment.unavailable", heldUntil);
        this.heldUntil = heldUntil;
        initCause(cause);
    }

    public Instant heldUntil() {
        return heldUntil;
    }
}
