package org.atelier.domain.model.booking;

import org.atelier.domain.model.shared.BookingException;

public class IllegalTransitionException extends BookingException {

    public IllegalTransitionException(String reference, BookingState from, BookingState to) {
        super("booking.transition.illegal", reference, from, to);
    }
}
