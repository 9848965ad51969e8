package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.appointment.PlanningProfiles;
import org.atelier.application.port.AuditTrail;
import org.atelier.domain.model.account.Account;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.appointment.PlanningProfile;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Use cases: an admin edits the planning profiles (what each segment of visitors may book) and puts
 * a visitor in a segment (the weekend list, premium), or back to the rules. Each change is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AdminStudio {

    @Inject
    PlanningProfiles profiles;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    public List<PlanningProfile> profiles() {
        return profiles.all();
    }

    /** New rules for an existing profile; one that breaks a profile's own rules is refused whole. */
    public void saveProfile(PlanningProfile changed) {
        long minutes = changed.length().toMinutes();
        if (minutes < 15 || minutes > 480 || changed.suggestions() > 50 || changed.daysAhead() > 365
                || changed.notice().compareTo(Duration.ofDays(30)) > 0) {
            throw new BookingException("profile.invalid", changed.name());
        }
        List<PlanningProfile> before = profiles.all().stream().filter(profile -> profile.name().equals(changed.name())).toList();
        if (before.isEmpty() || !profiles.save(changed)) {
            throw new NotFoundException("profile.unknown", changed.name());
        }
        record("CHANGE_PLANNING_PROFILE", "PLANNING_PROFILE", changed.name(), before.get(0).toString(), changed.toString());
    }

    /** {@code segment} empty: the rules decide again (resident, existing, new). */
    public void setSegment(String email, Optional<String> segment) {
        Account account = accounts.findByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("segment.account.unknown", String.valueOf(email)));
        if (segment.isPresent() && profiles.all().stream().noneMatch(profile -> profile.name().equals(segment.get()))) {
            throw new BookingException("profile.unknown", segment.get());
        }
        profiles.setSegment(account.id(), segment);
        record("SET_SEGMENT", "ACCOUNT", account.email(), "", segment.orElse("(rules)"));
    }

    private void record(String action, String subject, String subjectId, String before, String after) {
        Instant now = clock.instant();
        audit.record(new AuditTrail.Entry(caller.getCallerPrincipal().getName(), action, subject, subjectId, null,
                before, after, ""), now);
    }
}
