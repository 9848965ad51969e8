package org.atelier.domain.model.account;

import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findById(long id);

    Optional<Account> findByEmail(String normalEmail);

    void add(Account account);

    /** Locks the account's row until the transaction ends: its free-booking quota is counted under it. */
    void lock(long accountId);

    /** Admins who can sign in; while there are none, the first admin's setup link is offered. */
    long countAdminsWithPassword();
}
