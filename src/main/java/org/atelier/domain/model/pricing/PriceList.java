package org.atelier.domain.model.pricing;

import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The live pricing rules and how they decide a price. The list price is always a candidate; of
 * the rules that cover the purchase, the lowest total wins. A tie goes to the narrower scope,
 * then to a rule for a role over one for anyone, then to the older rule; the list price keeps a
 * tie against any rule, so a rule that changes nothing is never named.
 */
public final class PriceList {

    private final List<PricingRule> rules;
    private final ZoneId zone;

    public PriceList(List<PricingRule> rules, ZoneId zone) {
        this.rules = List.copyOf(rules);
        this.zone = zone;
    }

    public PriceQuote quote(PricedWorkshop workshop, int quantity, PricedBuyer buyer, Instant at) {
        if (quantity < 1) {
            throw new BookingException("booking.quantity.invalid", quantity);
        }
        Money list = workshop.listUnitPrice();
        PricingRule best = null;
        Money bestTotal = list.times(quantity);
        for (PricingRule rule : rules) {
            if (!rule.covers(workshop, buyer.roles(), quantity, at) || quotaSpent(rule, buyer, at)) {
                continue;
            }
            Money total = rule.totalFor(list, quantity);
            if (total.isLessThan(bestTotal) || total.equals(bestTotal) && best != null && winsTie(rule, best)) {
                best = rule;
                bestTotal = total;
            }
        }
        return best == null
                ? new PriceQuote(list, quantity, bestTotal, null, null, null, buyer.roles(), 1)
                : new PriceQuote(list, quantity, bestTotal, best.id(), best.names(), best.effect(), buyer.roles(),
                        best.fewestSeats());
    }

    /**
     * The group prices this buyer can get, smallest group first: each tier whose own rule would
     * decide the price of its group, up to {@code maxSeats}.
     */
    public List<PriceQuote> groupOffers(PricedWorkshop workshop, int maxSeats, PricedBuyer buyer, Instant at) {
        List<PriceQuote> offers = new ArrayList<>();
        for (PricingRule rule : rules) {
            int seats = rule.exactSeats().or(rule::minSeats).orElse(1);
            if (seats < 2 || seats > maxSeats || !rule.covers(workshop, buyer.roles(), seats, at)) {
                continue;
            }
            PriceQuote quote = quote(workshop, seats, buyer, at);
            if (rule.id() != null && rule.id().equals(quote.ruleId())
                    && offers.stream().noneMatch(offer -> offer.quantity() == seats)) {
                offers.add(quote);
            }
        }
        offers.sort(Comparator.comparingInt(PriceQuote::quantity));
        return offers;
    }

    /**
     * What people with another role pay for one seat, where a rule says to advertise it and it is
     * less than this buyer pays: "Resident artists: free".
     */
    public List<RoleOffer> advertised(PricedWorkshop workshop, PricedBuyer buyer, Instant at) {
        Money mine = quote(workshop, 1, buyer, at).total();
        List<RoleOffer> offers = new ArrayList<>();
        for (PricingRule rule : rules) {
            Role role = rule.role().orElse(null);
            if (!rule.isAdvertised() || role == null || buyer.roles().contains(role)
                    || offers.stream().anyMatch(offer -> offer.role() == role)
                    || !rule.covers(workshop, Set.of(role), 1, at)) {
                continue;
            }
            PriceQuote theirs = quote(workshop, 1, PricedBuyer.withRoles(EnumSet.of(Role.VISITOR, role)), at);
            if (theirs.total().isLessThan(mine)) {
                offers.add(new RoleOffer(role, theirs));
            }
        }
        return offers;
    }

    public record RoleOffer(Role role, PriceQuote quote) {
    }

    public boolean hasQuotas() {
        return rules.stream().anyMatch(rule -> rule.monthlyFreeQuota().isPresent());
    }

    /** The same list with {@code candidate} in place of the rule it revises (or added, when it is new). */
    public PriceList with(PricingRule candidate, Long replacing) {
        List<PricingRule> changed = new ArrayList<>(rules.stream()
                .filter(rule -> replacing == null || !replacing.equals(rule.id())).toList());
        changed.add(candidate);
        return new PriceList(changed, zone);
    }

    /** The first instant of the calendar month, in the workspace's zone, that {@code at} falls in. */
    public static Instant monthStart(Instant at, ZoneId zone) {
        return YearMonth.from(at.atZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
    }

    private boolean quotaSpent(PricingRule rule, PricedBuyer buyer, Instant at) {
        if (rule.monthlyFreeQuota().isEmpty()) {
            return false;
        }
        YearMonth month = YearMonth.from(at.atZone(zone));
        long used = buyer.freeBookingsUnder(rule.id()).stream()
                .filter(booked -> YearMonth.from(booked.atZone(zone)).equals(month)).count();
        return used >= rule.monthlyFreeQuota().get();
    }

    private static boolean winsTie(PricingRule challenger, PricingRule holder) {
        if (challenger.specificity() != holder.specificity()) {
            return challenger.specificity() > holder.specificity();
        }
        return challenger.id() != null && (holder.id() == null || challenger.id() < holder.id());
    }
}
