package org.atelier.domain.model.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void multipliesAndAddsInMinorUnitsWithoutRounding() {
        Money seat = Money.of(1999, "EUR");
        assertEquals(Money.of(5997, "EUR"), seat.times(3));
        assertEquals(Money.of(3998, "EUR"), seat.plus(seat));
        assertEquals(Money.of(1, "EUR"), seat.minus(Money.of(1998, "EUR")));
    }

    @Test
    void refusesToMixCurrencies() {
        Money euros = Money.of(100, "EUR");
        Money dollars = Money.of(100, "USD");
        assertThrows(IllegalArgumentException.class, () -> euros.plus(dollars));
        assertThrows(IllegalArgumentException.class, () -> euros.isGreaterThan(dollars));
    }

    @Test
    void refusesUnknownCurrencyCodes() {
        assertThrows(IllegalArgumentException.class, () -> Money.of(100, "EURO"));
    }

    @Test
    void overflowIsAnErrorNotAWrappedAround() {
        assertThrows(ArithmeticException.class, () -> Money.of(Long.MAX_VALUE / 2 + 1, "EUR").times(2));
    }

    @Test
    void equalityIsByAmountAndCurrency() {
        assertEquals(Money.of(500, "EUR"), Money.of(500, "EUR"));
        assertFalse(Money.of(500, "EUR").equals(Money.of(500, "GBP")));
        assertTrue(Money.zero(java.util.Currency.getInstance("EUR")).isZero());
        assertTrue(Money.of(-1, "EUR").isNegative());
    }
}
