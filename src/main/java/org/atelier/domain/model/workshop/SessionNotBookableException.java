package org.atelier.domain.model.workshop;

import org.atelier.domain.model.shared.BookingException;

/** The session exists but cannot be booked: it has started, was cancelled, or is not published. */
public class SessionNotBookableException extends BookingException {

    public SessionNotBookableException(String messageKey) {
        super(messageKey);
    }
}
