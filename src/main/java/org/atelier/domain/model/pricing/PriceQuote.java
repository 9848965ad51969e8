package org.atelier.domain.model.pricing;

import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;

import java.util.Optional;
import java.util.Set;

/**
 * A decided price: the list price, what is charged, and the rule that decided it, with its names
 * in English and Dutch (none when the list price stands) and the fewest seats it prices (a group
 * that gives seats back below that pays the list price for the rest).
 */
public record PriceQuote(Money listUnitPrice, int quantity, Money total, Long ruleId, BilingualText ruleNames,
                         RuleEffect effect, Set<Role> roles, int fewestSeats) {

    public PriceQuote {
        roles = Set.copyOf(roles);
    }

    /** The deciding rule's English name, as admins read it; null when the list price stands. */
    public String ruleName() {
        return ruleNames == null ? null : ruleNames.english();
    }

    public Money listTotal() {
        return listUnitPrice.times(quantity);
    }

    /** What was taken off the list price; never negative, since the list price is always a candidate. */
    public Money discount() {
        return listTotal().minus(total);
    }

    /** Per seat; for a group price the total divided by the seats, rounded down. */
    public Money unitPrice() {
        return Money.of(total.amount() / quantity, total.currency());
    }

    public boolean isFree() {
        return total.isZero();
    }

    public boolean isGroupPrice() {
        return effect == RuleEffect.GROUP_PRICE;
    }

    public Optional<Long> rule() {
        return Optional.ofNullable(ruleId);
    }

    public PriceSnapshot snapshot() {
        return PriceSnapshot.of(this);
    }
}
