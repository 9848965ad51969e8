package org.atelier.domain.model.account;

import org.atelier.domain.model.shared.BookingException;

/** A refusal about an account (a taken address, a weak password, a spent link), shown to its owner. */
public class AccountException extends BookingException {

    public AccountException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
