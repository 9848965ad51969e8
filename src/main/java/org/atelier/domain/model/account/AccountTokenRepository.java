package org.atelier.domain.model.account;

import java.time.Instant;
import java.util.Optional;

public interface AccountTokenRepository {

    void add(AccountToken token);

    Optional<AccountToken> findByClearText(String clearText);

    /** Spends the token if nobody has yet: true for exactly one caller, however many race. */
    boolean spend(long tokenId, Instant now);

    /** Spends every other open token of the account for this purpose: one new password, no old links. */
    void spendAllOf(long accountId, TokenPurpose purpose, Instant now);
}
