package org.atelier.domain.model.shared;

/** Something we depend on is missing or down; the same request may succeed later. */
public class TemporarilyUnavailableException extends BookingException {

    public TemporarilyUnavailableException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
