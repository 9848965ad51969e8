package org.atelier.domain.model.pricing;

import org.atelier.domain.model.account.Role;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is buying, as far as prices care: their roles as they are now (never as they were when they
 * signed in), and when they made the free bookings that count against a rule's monthly quota.
 */
public record PricedBuyer(Set<Role> roles, Map<Long, List<Instant>> freeBookingsByRule) {

    /** Someone who is not signed in: only the rules for anyone apply. */
    public static final PricedBuyer ANONYMOUS = new PricedBuyer(Set.of(), Map.of());

    public PricedBuyer {
        roles = Set.copyOf(roles);
        freeBookingsByRule = Map.copyOf(freeBookingsByRule);
    }

    public static PricedBuyer withRoles(Set<Role> roles) {
        return new PricedBuyer(roles, Map.of());
    }

    /** None under a rule not saved yet (one being previewed). */
    List<Instant> freeBookingsUnder(Long ruleId) {
        return ruleId == null ? List.of() : freeBookingsByRule.getOrDefault(ruleId, List.of());
    }
}
