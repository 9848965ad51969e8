package org.atelier.domain.model.account;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findById(long id);

    Optional<Account> findByEmail(String normalEmail);

    void add(Account account);

    /** Locks the account's row until the transaction ends: its free-booking quota is counted under it. */
    void lock(long accountId);

    /** Accounts whose address or name starts with what was typed (any case), newest first; the newest when empty. */
    List<Account> findByPrefix(String typed, int limit);

    /**
     * Locks the admins' role rows until the transaction ends and answers how many admins there are:
     * two admins revoking each other at once then see each other's change.
     */
    int lockAdmins();

    /** Serialises the first admin's setup until the transaction ends: two instances starting together create one account. */
    void lockAdminSetup();

    /** Admins who can sign in; while there are none, the first admin's setup link is offered. */
    long countAdminsWithPassword();
}
