package org.atelier.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in minor units (cents) of one ISO 4217 currency. Never a double: rounding errors in
 * money are bugs that a customer notices.
 */
@Embeddable
public class Money implements Serializable {

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(long amount, Currency currency) {
        this.amount = amount;
        this.currency = currency.getCurrencyCode();
    }

    public static Money of(long minorUnits, String currencyCode) {
        return of(minorUnits, Currency.getInstance(currencyCode));
    }

    public static Money of(long minorUnits, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return new Money(minorUnits, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public long amount() {
        return amount;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public boolean isZero() {
        return amount == 0;
    }

    public boolean isNegative() {
        return amount < 0;
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(amount, quantity), currency());
    }

    /** {@code percent} of this amount; a cent that does not divide is left out. */
    public Money percent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("Not a share: " + percent + "%");
        }
        return new Money(Math.multiplyExact(amount, percent) / 100, currency());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency());
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amount, other.amount), currency());
    }

    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount > other.amount;
    }

    public boolean isLessThan(Money other) {
        requireSameCurrency(other);
        return amount < other.amount;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount == other.amount && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /** For logs and debugging only; pages format money for the visitor's language. */
    @Override
    public String toString() {
        return currency + " " + amount;
    }
}
