package org.atelier.domain.model.shared;

/** What was asked for does not exist, or is not for the asker to see. */
public class NotFoundException extends BookingException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
