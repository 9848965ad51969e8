package org.atelier.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.atelier.application.account.AccountService;
import org.atelier.domain.model.account.Role;

import java.util.stream.Collectors;

/** Checks an address and password against the accounts; the caller's groups are their roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.checkPassword(password.getCaller(), password.getPasswordAsString())
                .map(signedIn -> new CredentialValidationResult(signedIn.email(),
                        signedIn.roles().stream().map(Role::securityRole).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
