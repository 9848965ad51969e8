package org.atelier.application.port;

import org.atelier.domain.model.account.Account;

/**
 * Mails about an account, sent while the caller's transaction is open: if the mail cannot go, the
 * link it carries is not kept either.
 */
public interface AccountMails {

    /** The link that verifies the account's address. */
    void verification(Account account, String token);

    /** The link that sets a new password. */
    void passwordReset(Account account, String token);

    /** A note that someone tried to sign up with an address that already has an account. */
    void alreadyRegistered(Account account);
}
