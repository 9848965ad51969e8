package org.atelier.domain.model.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.BilingualText;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a booking's price was decided, copied when it was booked: the buyer's roles then, the
 * deciding rule's id and name then, the list and unit prices and the discount. Nothing reads
 * roles or rules again for a booking that has one, so their later changes never reach it.
 */
@Embeddable
public class PriceSnapshot {

    @Column(name = "price_roles")
    private String roles;

    @Column(name = "pricing_rule_id")
    private Long ruleId;

    @Column(name = "pricing_rule_name")
    private String ruleName;

    @Column(name = "pricing_rule_name_nl")
    private String ruleNameNl;

    @Column(name = "list_unit_price_amount")
    private long listUnitPrice;

    @Column(name = "unit_price_amount")
    private long unitPrice;

    @Column(name = "discount_amount")
    private long discount;

    /** Null on bookings made before it was kept: their rules priced any number of seats. */
    @Column(name = "pricing_rule_fewest_seats")
    private Integer fewestSeats;

    protected PriceSnapshot() {
        // for JPA
    }

    static PriceSnapshot of(PriceQuote quote) {
        PriceSnapshot snapshot = new PriceSnapshot();
        snapshot.roles = quote.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","));
        snapshot.ruleId = quote.ruleId();
        snapshot.ruleName = quote.ruleName();
        snapshot.ruleNameNl = quote.ruleNames() == null ? null : quote.ruleNames().dutchText().orElse(null);
        snapshot.listUnitPrice = quote.listUnitPrice().amount();
        snapshot.unitPrice = quote.unitPrice().amount();
        snapshot.discount = quote.discount().amount();
        snapshot.fewestSeats = quote.fewestSeats();
        return snapshot;
    }

    /**
     * What {@code seats} seats, fewer than were booked, cost under the rule that priced the booking
     * as it was then: its unit price while the rule still covers that many seats, else the list
     * price then. A group price covers only its own number of seats, so never fewer.
     */
    public long amountForFewer(int seats) {
        boolean ruleStillCovers = fewestSeats == null || seats >= fewestSeats;
        return Math.multiplyExact(ruleStillCovers ? unitPrice : listUnitPrice, (long) seats);
    }

    public Set<Role> roles() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(name -> !name.isEmpty()).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }

    public Optional<Long> ruleId() {
        return Optional.ofNullable(ruleId);
    }

    public Optional<String> ruleName() {
        return Optional.ofNullable(ruleName);
    }

    /** The rule's names as they were when booked, for the buyer to read in their language. */
    public Optional<BilingualText> ruleNames() {
        return ruleName().map(english -> new BilingualText(english, ruleNameNl));
    }

    /** In the booking's currency, like every other amount of it. */
    public long listUnitPriceAmount() {
        return listUnitPrice;
    }

    public long unitPriceAmount() {
        return unitPrice;
    }

    public long discountAmount() {
        return discount;
    }
}
