package org.atelier.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.port.AccountMails;
import org.atelier.application.port.PasswordHashing;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountException;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.account.AccountToken;
import org.atelier.domain.model.account.AccountTokenRepository;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.account.TokenPurpose;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases of an account's owner: sign up, prove the address, sign in, reset the password. Every
 * answer that could tell a stranger whether an address has an account is the same either way.
 */
@Stateless
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    AccountMails mailer;

    @Inject
    Clock clock;

    /** A new account waits for its address to be verified; an address already known gets a note instead. */
    public void signUp(String displayName, String email, String password, String language) {
        Instant now = clock.instant();
        Account candidate = Account.register(email, displayName, language, now);
        Account.requireStrongEnough(password);
        // Hashed on both paths: the hash is most of the time a sign-up takes, so an address that
        // already has an account answers no faster than a new one.
        String hash = passwords.hash(password);
        Optional<Account> existing = accounts.findByEmail(candidate.email());
        if (existing.isPresent()) {
            mailer.alreadyRegistered(existing.get());
            return;
        }
        candidate.changePasswordHash(hash);
        accounts.add(candidate);
        mailer.verification(candidate, issue(candidate, TokenPurpose.VERIFY_EMAIL, now));
    }

    public void verifyEmail(String token) {
        Instant now = clock.instant();
        AccountToken spent = spend(token, TokenPurpose.VERIFY_EMAIL, now);
        accounts.findById(spent.accountId()).orElseThrow().verifyEmail(now);
    }

    /** Mails a reset link if the address has an account; earlier reset links stop working. */
    public void requestPasswordReset(String email) {
        Instant now = clock.instant();
        accounts.findByEmail(Account.normalEmail(email)).ifPresent(account -> {
            tokens.spendAllOf(account.id(), TokenPurpose.RESET_PASSWORD, now);
            mailer.passwordReset(account, issue(account, TokenPurpose.RESET_PASSWORD, now));
        });
    }

    /**
     * Sets a new password through a reset (or the first admin's setup) link, which also proves the
     * address. Answers the address, so the sign-in form can offer it.
     */
    public String resetPassword(String token, String newPassword) {
        Account.requireStrongEnough(newPassword);
        Instant now = clock.instant();
        AccountToken spent = tokens.findByClearText(token == null ? "" : token)
                .filter(found -> found.purpose().setsPassword())
                .map(found -> spend(token, found.purpose(), now))
                .orElseThrow(() -> new AccountException("account.link.invalid"));
        Account account = accounts.findById(spent.accountId()).orElseThrow();
        account.changePasswordHash(passwords.hash(newPassword));
        account.verifyEmail(now);
        tokens.spendAllOf(account.id(), TokenPurpose.RESET_PASSWORD, now);
        return account.email();
    }

    /** Whether a reset or setup link can still be used, so its page can say so before anyone types. */
    public boolean isPasswordLinkUsable(String token) {
        Instant now = clock.instant();
        return token != null && tokens.findByClearText(token)
                .filter(found -> found.purpose().setsPassword() && found.isUsableFor(found.purpose(), now))
                .isPresent();
    }

    /** The roles of a verified account whose password matches; empty otherwise, in the same time. */
    public Optional<SignedIn> checkPassword(String email, String password) {
        Optional<Account> account = normalEmail(email).flatMap(accounts::findByEmail);
        if (account.isEmpty() || account.get().passwordHash().isEmpty()) {
            passwords.matchesNothing(password);
            return Optional.empty();
        }
        Account found = account.get();
        if (!passwords.matches(password, found.passwordHash().get()) || !found.canSignIn()) {
            return Optional.empty();
        }
        return Optional.of(new SignedIn(found.id(), found.email(), found.displayName(), found.roles()));
    }

    /**
     * After a refused sign-in: if the password was right but the address is not yet verified, a new
     * link is mailed and the answer says so. Anyone else learns nothing.
     */
    public boolean resendVerificationIfPending(String email, String password) {
        Optional<Account> account = normalEmail(email).flatMap(accounts::findByEmail)
                .filter(found -> !found.isEmailVerified() && found.passwordHash().isPresent());
        if (account.isEmpty() || !passwords.matches(password, account.get().passwordHash().get())) {
            return false;
        }
        // Earlier links stay good: whichever mail the owner opens should work.
        mailer.verification(account.get(), issue(account.get(), TokenPurpose.VERIFY_EMAIL, clock.instant()));
        return true;
    }

    /** The signed-in caller as they are now: roles granted or revoked since sign-in count. */
    public Optional<SignedIn> current(String email) {
        return normalEmail(email).flatMap(accounts::findByEmail)
                .map(found -> new SignedIn(found.id(), found.email(), found.displayName(), found.roles()));
    }

    public record SignedIn(long id, String email, String displayName, Set<Role> roles) {

        public boolean isAdmin() {
            return roles.contains(Role.ADMIN);
        }
    }

    private String issue(Account account, TokenPurpose purpose, Instant now) {
        AccountToken.Issued issued = AccountToken.issue(account, purpose, now);
        tokens.add(issued.token());
        return issued.clearText();
    }

    private AccountToken spend(String token, TokenPurpose purpose, Instant now) {
        return tokens.findByClearText(token == null ? "" : token)
                .filter(found -> found.isUsableFor(purpose, now) && tokens.spend(found.id(), now))
                .orElseThrow(() -> new AccountException("account.link.invalid"));
    }

    private static Optional<String> normalEmail(String email) {
        try {
            return Optional.of(Account.normalEmail(email));
        } catch (AccountException e) {
            return Optional.empty();
        }
    }
}
