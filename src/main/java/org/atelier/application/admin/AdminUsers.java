package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.port.AuditTrail;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Use cases of the admin's users page: find people, grant and revoke roles. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminUsers {

    @Resource
    SessionContext caller;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record UserLine(long id, String email, String name, Set<Role> roles, boolean verified, Instant createdAt) {

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** Accounts whose address or name starts with {@code search}, or the newest when it is empty. */
    public List<UserLine> search(String search) {
        return accounts.findByPrefix(search, 100).stream()
                .map(a -> new UserLine(a.id(), a.email(), a.displayName(), a.roles(), a.isEmailVerified(), a.createdAt()))
                .toList();
    }

    public void grant(long accountId, Role role) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account.unknown"));
        String before = names(account.roles());
        account.grant(role, clock.instant());
        record(account, "GRANT_ROLE", before, role);
    }

    /** The last admin keeps the role: without one, nobody could ever manage Atelier again. */
    public void revoke(long accountId, Role role) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account.unknown"));
        if (role == Role.ADMIN) {
            // Two admins revoking each other at once: the locks make the second see the first.
            if (accounts.lockAdmins() <= 1 && account.hasRole(Role.ADMIN)) {
                throw new BookingException("admin.users.lastAdmin");
            }
        }
        String before = names(account.roles());
        account.revoke(role);
        record(account, "REVOKE_ROLE", before, role);
    }

    private void record(Account account, String action, String before, Role role) {
        audit.record(new AuditTrail.Entry(caller.getCallerPrincipal().getName(), action, "ACCOUNT", account.email(), null,
                before, names(account.roles()), role.name()), clock.instant());
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
