package org.atelier.domain.model.pricing;

import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * Everything an admin decides about a pricing rule. Unused parts are null: {@code role} null is
 * anyone; {@code minSeats} or {@code exactSeats} make it a group tier; {@code monthlyFreeQuota}
 * limits how many free bookings a role gets per calendar month; {@code nameNl} is the name Dutch
 * buyers read (null: the English one).
 */
public record RuleTerms(String name, RuleScope scope, Long workshopId, String category, Role role,
                        RuleEffect effect, Money amount, Integer percentOff, Integer minSeats, Integer exactSeats,
                        Integer monthlyFreeQuota, boolean advertised, Instant validFrom, Instant validUntil,
                        String nameNl) {

    /** The group size a tier or group price is about, if it is one. */
    public Optional<Integer> seatsNamed() {
        return Optional.ofNullable(exactSeats != null ? exactSeats : minSeats);
    }

    /** A rule for every workshop that makes a seat free; narrow it and change its effect with the methods below. */
    public static RuleTerms everywhere(String name, Role role) {
        return new RuleTerms(name, RuleScope.ALL, null, null, role, RuleEffect.FREE, null, null, null, null, null,
                false, null, null, null);
    }

    public RuleTerms forWorkshop(long id) {
        return new RuleTerms(name, RuleScope.WORKSHOP, id, null, role, effect, amount, percentOff, minSeats,
                exactSeats, monthlyFreeQuota, advertised, validFrom, validUntil, nameNl);
    }

    public RuleTerms forCategory(String categoryName) {
        return new RuleTerms(name, RuleScope.CATEGORY, null, categoryName, role, effect, amount, percentOff, minSeats,
                exactSeats, monthlyFreeQuota, advertised, validFrom, validUntil, nameNl);
    }

    public RuleTerms effect(RuleEffect newEffect, Money newAmount, Integer newPercentOff) {
        return new RuleTerms(name, scope, workshopId, category, role, newEffect, newAmount, newPercentOff, minSeats,
                exactSeats, monthlyFreeQuota, advertised, validFrom, validUntil, nameNl);
    }

    public RuleTerms seats(Integer newMinSeats, Integer newExactSeats) {
        return new RuleTerms(name, scope, workshopId, category, role, effect, amount, percentOff, newMinSeats,
                newExactSeats, monthlyFreeQuota, advertised, validFrom, validUntil, nameNl);
    }

    public RuleTerms quota(Integer perMonth) {
        return new RuleTerms(name, scope, workshopId, category, role, effect, amount, percentOff, minSeats,
                exactSeats, perMonth, advertised, validFrom, validUntil, nameNl);
    }

    public RuleTerms advertise() {
        return new RuleTerms(name, scope, workshopId, category, role, effect, amount, percentOff, minSeats,
                exactSeats, monthlyFreeQuota, true, validFrom, validUntil, nameNl);
    }

    public RuleTerms valid(Instant from, Instant until) {
        return new RuleTerms(name, scope, workshopId, category, role, effect, amount, percentOff, minSeats,
                exactSeats, monthlyFreeQuota, advertised, from, until, nameNl);
    }

    public RuleTerms dutchName(String dutch) {
        return new RuleTerms(name, scope, workshopId, category, role, effect, amount, percentOff, minSeats,
                exactSeats, monthlyFreeQuota, advertised, validFrom, validUntil, dutch);
    }
}
