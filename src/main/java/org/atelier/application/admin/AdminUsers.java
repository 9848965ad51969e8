package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.infrastructure.audit.AuditLog;
import org.atelier.infrastructure.persistence.SearchPrefix;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Use cases of the admin's users page: find people, grant and revoke roles. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminUsers {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record UserLine(long id, String email, String name, Set<Role> roles, boolean verified, Instant createdAt) {

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** Accounts whose address or name starts with {@code search}, or the newest when it is empty. */
    public List<UserLine> search(String search) {
        String prefix = SearchPrefix.of(search);
        return em.createQuery("""
                        select a from Account a
                        where a.email like :prefix or lower(a.displayName) like :prefix
                        order by a.createdAt desc, a.id desc""", Account.class)
                .setParameter("prefix", prefix)
                .setMaxResults(100)
                .getResultList().stream()
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
            List<?> admins = em.createNativeQuery("select account_id from account_role where role = 'ADMIN' for update")
                    .getResultList();
            if (admins.size() <= 1 && account.hasRole(Role.ADMIN)) {
                throw new BookingException("admin.users.lastAdmin");
            }
        }
        String before = names(account.roles());
        account.revoke(role);
        record(account, "REVOKE_ROLE", before, role);
    }

    private void record(Account account, String action, String before, Role role) {
        audit.record(new AuditLog.Entry(caller.getCallerPrincipal().getName(), action, "ACCOUNT", account.email(), null,
                before, names(account.roles()), role.name()), clock.instant());
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
