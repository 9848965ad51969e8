package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.port.AuditTrail;
import org.atelier.application.pricing.PricingService;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.PricedBuyer;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.pricing.PricingRule;
import org.atelier.domain.model.pricing.PricingRuleRepository;
import org.atelier.domain.model.pricing.RuleTerms;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Use cases of the admin's pricing page: the live rules, a preview of what a rule would do before
 * it is saved, saving and retiring. Saving never touches bookings: they keep their snapshots.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AdminPricing {

    /** The quantities the preview prices, beside the rule's own group size. */
    private static final List<Integer> PREVIEW_SEATS = List.of(1, 2, 6, 10);

    @Resource
    SessionContext caller;

    @Inject
    PricingRuleRepository rules;

    @Inject
    PricingService pricing;

    @Inject
    WorkshopRepository workshops;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Who the preview prices for: a guest, then each role on top of VISITOR. */
    public record PreviewRow(String buyer, int seats, PriceQuote quote) {
    }

    public List<PricingRule> liveRules() {
        return rules.findLive();
    }

    public PricingRule rule(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("pricing.rule.unknown"));
    }

    /**
     * What buyers would pay at {@code workshopSlug} with {@code terms} in force, in place of rule
     * {@code replacing} (null for a new rule): a row per kind of buyer and number of seats.
     */
    public List<PreviewRow> preview(RuleTerms terms, Long replacing, long workshopId) {
        Instant now = clock.instant();
        Workshop workshop = workshops.findById(workshopId).orElseThrow(() -> new NotFoundException("workshop.unknown"));
        PriceList list = pricing.priceList().with(new PricingRule(terms, now), replacing);
        PricedWorkshop priced = PricedWorkshop.of(workshop);
        List<Integer> seats = new ArrayList<>(PREVIEW_SEATS);
        terms.seatsNamed().filter(n -> !seats.contains(n)).ifPresent(seats::add);
        seats.removeIf(n -> n > workshop.maxSeatsPerBooking());
        seats.sort(Integer::compare);
        List<PreviewRow> rows = new ArrayList<>();
        for (String buyer : List.of("GUEST", "VISITOR", "RESIDENT_ARTIST", "HOST", "ADMIN")) {
            PricedBuyer priceFor = switch (buyer) {
                case "GUEST" -> PricedBuyer.ANONYMOUS;
                case "VISITOR" -> PricedBuyer.withRoles(EnumSet.of(Role.VISITOR));
                default -> PricedBuyer.withRoles(EnumSet.of(Role.VISITOR, Role.valueOf(buyer)));
            };
            for (int n : seats) {
                rows.add(new PreviewRow(buyer, n, list.quote(priced, n, priceFor, now)));
            }
        }
        return rows;
    }

    /** Saves a new rule (id null) or revises one; answers its id. */
    public long save(Long id, RuleTerms terms) {
        Instant now = clock.instant();
        PricingRule rule;
        if (id == null) {
            rule = new PricingRule(terms, now);
            rules.add(rule);
        } else {
            rule = rule(id);
            rule.revise(terms, now);
        }
        rules.flush();
        audit.record(new AuditTrail.Entry(actor(), id == null ? "CREATE_RULE" : "REVISE_RULE", "PRICING_RULE",
                Long.toString(rule.id()), null, null, terms.toString(), null), now);
        return rule.id();
    }

    public void retire(long id) {
        Instant now = clock.instant();
        PricingRule rule = rule(id);
        rule.retire(now);
        audit.record(new AuditTrail.Entry(actor(), "RETIRE_RULE", "PRICING_RULE", Long.toString(id), null, rule.name(),
                null, null), now);
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
