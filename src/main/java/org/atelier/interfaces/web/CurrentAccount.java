package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.atelier.application.account.AccountService;

import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in account behind this request, read once per request from the database, so that
 * a role granted or revoked since sign-in counts at once.
 */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Optional<AccountService.SignedIn> signedIn;

    public Optional<AccountService.SignedIn> get() {
        if (signedIn == null) {
            Principal caller = security.getCallerPrincipal();
            signedIn = caller == null ? Optional.empty() : accounts.current(caller.getName());
        }
        return signedIn;
    }

    /** The account's id for pricing and bookings; null for a guest. */
    public Long id() {
        return get().map(AccountService.SignedIn::id).orElse(null);
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public boolean isAdmin() {
        return get().map(AccountService.SignedIn::isAdmin).orElse(false);
    }

    public String getDisplayName() {
        return get().map(AccountService.SignedIn::displayName).orElse(null);
    }

    public String getEmail() {
        return get().map(AccountService.SignedIn::email).orElse(null);
    }
}
