package org.atelier.application.admin;

import org.atelier.domain.model.shared.BookingException;

/** Another admin changed the booking since this one looked at it: reload, then decide again. */
public class StaleBookingException extends BookingException {

    public StaleBookingException(String reference) {
        super("admin.booking.stale", reference);
    }
}
