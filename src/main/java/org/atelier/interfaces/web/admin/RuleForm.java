package org.atelier.interfaces.web.admin;

import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.pricing.RuleEffect;
import org.atelier.domain.model.pricing.RuleScope;
import org.atelier.domain.model.pricing.RuleTerms;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/** The pricing rule form's fields; amounts in euros as typed, dates as whole days of the workspace. */
public class RuleForm implements Serializable {

    private Long id;
    private String name;
    private String nameNl;
    private RuleScope scope = RuleScope.ALL;
    private Long workshopId;
    private String category;
    private Role role;
    private RuleEffect effect = RuleEffect.FREE;
    private BigDecimal amount;
    private Integer percentOff;
    private Integer minSeats;
    private Integer exactSeats;
    private Integer monthlyFreeQuota;
    private boolean advertised;
    private LocalDate validFrom;
    private LocalDate validUntil;

    static RuleForm of(long id, RuleTerms terms, ZoneId zone) {
        RuleForm form = new RuleForm();
        form.id = id;
        form.name = terms.name();
        form.nameNl = terms.nameNl();
        form.scope = terms.scope();
        form.workshopId = terms.workshopId();
        form.category = terms.category();
        form.role = terms.role();
        form.effect = terms.effect();
        form.amount = terms.amount() == null ? null : TypedMoney.shown(terms.amount());
        form.percentOff = terms.percentOff();
        form.minSeats = terms.minSeats();
        form.exactSeats = terms.exactSeats();
        form.monthlyFreeQuota = terms.monthlyFreeQuota();
        form.advertised = terms.advertised();
        form.validFrom = terms.validFrom() == null ? null : LocalDate.ofInstant(terms.validFrom(), zone);
        form.validUntil = terms.validUntil() == null ? null : LocalDate.ofInstant(terms.validUntil(), zone).minusDays(1);
        return form;
    }

    /** The rule as the domain checks it; a price with more decimals than the currency has is refused. */
    RuleTerms toTerms(ZoneId zone) {
        Money price = amount == null ? null : TypedMoney.of(amount, "EUR")
                .orElseThrow(() -> new BookingException("pricing.rule.amount.invalid"));
        return new RuleTerms(name, scope, workshopId, category, role, effect, price, percentOff, minSeats, exactSeats,
                monthlyFreeQuota, advertised, validFrom == null ? null : validFrom.atStartOfDay(zone).toInstant(),
                validUntil == null ? null : validUntil.plusDays(1).atStartOfDay(zone).toInstant(), nameNl);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public RuleScope getScope() {
        return scope;
    }

    public void setScope(RuleScope scope) {
        this.scope = scope;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public void setWorkshopId(Long workshopId) {
        this.workshopId = workshopId;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public RuleEffect getEffect() {
        return effect;
    }

    public void setEffect(RuleEffect effect) {
        this.effect = effect;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Integer getPercentOff() {
        return percentOff;
    }

    public void setPercentOff(Integer percentOff) {
        this.percentOff = percentOff;
    }

    public Integer getMinSeats() {
        return minSeats;
    }

    public void setMinSeats(Integer minSeats) {
        this.minSeats = minSeats;
    }

    public Integer getExactSeats() {
        return exactSeats;
    }

    public void setExactSeats(Integer exactSeats) {
        this.exactSeats = exactSeats;
    }

    public Integer getMonthlyFreeQuota() {
        return monthlyFreeQuota;
    }

    public void setMonthlyFreeQuota(Integer monthlyFreeQuota) {
        this.monthlyFreeQuota = monthlyFreeQuota;
    }

    public boolean isAdvertised() {
        return advertised;
    }

    public void setAdvertised(boolean advertised) {
        this.advertised = advertised;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
