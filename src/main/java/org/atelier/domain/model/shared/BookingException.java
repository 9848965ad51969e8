package org.atelier.domain.model.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * Every business failure in Atelier. It carries a message key, not a sentence, so that the web
 * layer can say it in the visitor's language; rollback makes sure nothing is half written.
 */
@ApplicationException(rollback = true)
public class BookingException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public BookingException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
