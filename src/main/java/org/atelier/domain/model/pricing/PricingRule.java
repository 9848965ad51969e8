package org.atelier.domain.model.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One way a price can be lowered: for a scope of workshops, a role (or anyone), a number of seats
 * and a period. Whether it wins is decided by {@link PriceList}: the lowest price does.
 */
@Entity
@Table(name = "pricing_rule")
public class PricingRule {

    @Id
    @SequenceGenerator(name = "pricing_rule_seq", sequenceName = "pricing_rule_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pricing_rule_seq")
    private Long id;

    @Version
    private long version;

    private String name;

    @Column(name = "name_nl")
    private String nameNl;

    @Enumerated(EnumType.STRING)
    private RuleScope scope;

    @Column(name = "scope_workshop_id")
    private Long scopeWorkshopId;

    @Column(name = "scope_category")
    private String scopeCategory;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Enumerated(EnumType.STRING)
    private RuleEffect effect;

    private Long amount;
    private String currency;

    @Column(name = "percent_off")
    private Integer percentOff;

    @Column(name = "min_seats")
    private Integer minSeats;

    @Column(name = "exact_seats")
    private Integer exactSeats;

    @Column(name = "monthly_free_quota")
    private Integer monthlyFreeQuota;

    private boolean advertised;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PricingRule() {
        // for JPA
    }

    public PricingRule(RuleTerms terms, Instant now) {
        revise(terms, now);
        this.createdAt = now;
    }

    /** Replaces what the rule says; bookings made under the old terms keep their snapshot. */
    public final void revise(RuleTerms terms, Instant now) {
        requireConsistent(terms);
        name = terms.name().strip();
        nameNl = names(terms).dutchText().orElse(null);
        scope = terms.scope();
        scopeWorkshopId = terms.scope() == RuleScope.WORKSHOP ? terms.workshopId() : null;
        scopeCategory = terms.scope() == RuleScope.CATEGORY ? terms.category().strip() : null;
        role = terms.role();
        effect = terms.effect();
        boolean priced = effect == RuleEffect.UNIT_PRICE || effect == RuleEffect.GROUP_PRICE;
        amount = priced ? terms.amount().amount() : null;
        currency = priced ? terms.amount().currency().getCurrencyCode() : null;
        percentOff = effect == RuleEffect.PERCENT_OFF ? terms.percentOff() : null;
        minSeats = terms.minSeats();
        exactSeats = terms.exactSeats();
        monthlyFreeQuota = terms.monthlyFreeQuota();
        advertised = terms.advertised();
        validFrom = terms.validFrom();
        validUntil = terms.validUntil();
        updatedAt = now;
    }

    private static void requireConsistent(RuleTerms terms) {
        if (terms.name() == null || terms.name().isBlank() || terms.name().strip().length() > 120) {
            invalid("name");
        }
        if (names(terms).dutchText().map(String::length).orElse(0) > 120) {
            invalid("nameNl");
        }
        if (terms.scope() == null || terms.effect() == null
                || terms.scope() == RuleScope.WORKSHOP && terms.workshopId() == null
                || terms.scope() == RuleScope.CATEGORY && (terms.category() == null || terms.category().isBlank())) {
            invalid("scope");
        }
        boolean priced = terms.effect() == RuleEffect.UNIT_PRICE || terms.effect() == RuleEffect.GROUP_PRICE;
        if (priced && (terms.amount() == null || terms.amount().isNegative())) {
            invalid("amount");
        }
        if (terms.effect() == RuleEffect.PERCENT_OFF
                && (terms.percentOff() == null || terms.percentOff() < 1 || terms.percentOff() > 100)) {
            invalid("percent");
        }
        if (terms.effect() == RuleEffect.GROUP_PRICE && terms.exactSeats() == null
                || terms.minSeats() != null && (terms.minSeats() < 1 || terms.exactSeats() != null)
                || terms.exactSeats() != null && terms.exactSeats() < 1) {
            invalid("seats");
        }
        if (terms.monthlyFreeQuota() != null
                && (terms.monthlyFreeQuota() < 1 || terms.effect() != RuleEffect.FREE || terms.role() == null)) {
            invalid("quota");
        }
        if (terms.validFrom() != null && terms.validUntil() != null && !terms.validUntil().isAfter(terms.validFrom())) {
            invalid("validity");
        }
    }

    private static void invalid(String part) {
        throw new BookingException("pricing.rule." + part + ".invalid");
    }

    /** What the rule says now, as an admin would change it. */
    public RuleTerms terms() {
        return new RuleTerms(name, scope, scopeWorkshopId, scopeCategory, role, effect,
                amount == null ? null : Money.of(amount, currency), percentOff, minSeats, exactSeats, monthlyFreeQuota,
                advertised, validFrom, validUntil, nameNl);
    }

    /** No longer applies to new bookings; kept so the bookings it priced can still name it. */
    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
            updatedAt = now;
        }
    }

    /** Whether the rule speaks about this purchase at all; quota and price are judged elsewhere. */
    boolean covers(PricedWorkshop workshop, Set<Role> roles, int quantity, Instant at) {
        return retiredAt == null
                && (validFrom == null || !at.isBefore(validFrom))
                && (validUntil == null || at.isBefore(validUntil))
                && coversWorkshop(workshop)
                && (role == null || roles.contains(role))
                && (minSeats == null || quantity >= minSeats)
                && (exactSeats == null || quantity == exactSeats)
                && (currency == null || currency.equals(workshop.listUnitPrice().currency().getCurrencyCode()));
    }

    boolean coversWorkshop(PricedWorkshop workshop) {
        return switch (scope) {
            case ALL -> true;
            case CATEGORY -> scopeCategory.equalsIgnoreCase(workshop.category());
            case WORKSHOP -> scopeWorkshopId == workshop.workshopId();
        };
    }

    /** The fewest seats this rule prices: a group of exactly n, or at least n, or any number. */
    int fewestSeats() {
        return exactSeats != null ? exactSeats : minSeats != null ? minSeats : 1;
    }

    /** The total for {@code quantity} seats under this rule, with its unit price. */
    Money totalFor(Money listUnitPrice, int quantity) {
        return switch (effect) {
            case FREE -> Money.zero(listUnitPrice.currency());
            case UNIT_PRICE -> Money.of(amount, currency).times(quantity);
            case GROUP_PRICE -> Money.of(amount, currency);
            case PERCENT_OFF -> percentOffUnit(listUnitPrice).times(quantity);
        };
    }

    /** Rounded half up per seat, so that the unit price shown times the seats is the total charged. */
    private Money percentOffUnit(Money listUnitPrice) {
        long kept = listUnitPrice.amount() * (100 - percentOff);
        return Money.of((kept + 50) / 100, listUnitPrice.currency());
    }

    /** For ties: a narrower scope first, then a rule for a role before one for anyone, then the older rule. */
    int specificity() {
        return scope.specificity() * 2 + (role == null ? 0 : 1);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The name buyers read, in Dutch where an admin wrote one. */
    public BilingualText names() {
        return new BilingualText(name, nameNl);
    }

    private static BilingualText names(RuleTerms terms) {
        return new BilingualText(terms.name(), terms.nameNl());
    }

    public RuleScope scope() {
        return scope;
    }

    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    public RuleEffect effect() {
        return effect;
    }

    public Optional<Integer> minSeats() {
        return Optional.ofNullable(minSeats);
    }

    public Optional<Integer> exactSeats() {
        return Optional.ofNullable(exactSeats);
    }

    public Optional<Integer> monthlyFreeQuota() {
        return Optional.ofNullable(monthlyFreeQuota);
    }

    public boolean isAdvertised() {
        return advertised;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public long version() {
        return version;
    }
}
