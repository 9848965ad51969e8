package org.atelier.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.account.AccountToken;
import org.atelier.domain.model.account.AccountTokenRepository;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.account.TokenPurpose;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: the operator gets the first admin in. While no admin can sign in, the configured
 * address is made an admin and a one-time link to choose its password is issued at each start.
 */
@Stateless
public class FirstAdminService {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    Clock clock;

    /** The setup link's token, or empty when an admin can already sign in. */
    public Optional<String> setupToken(String email) {
        // Two instances starting together must not both create the account.
        accounts.lockAdminSetup();
        if (accounts.countAdminsWithPassword() > 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String address = Account.normalEmail(email);
        Account admin = accounts.findByEmail(address).orElseGet(() -> {
            Account created = Account.register(address, "Administrator", "en", now);
            accounts.add(created);
            return created;
        });
        admin.grant(Role.ADMIN, now);
        tokens.spendAllOf(admin.id(), TokenPurpose.SETUP_ADMIN, now);
        AccountToken.Issued issued = AccountToken.issue(admin, TokenPurpose.SETUP_ADMIN, now);
        tokens.add(issued.token());
        return Optional.of(issued.clearText());
    }
}
