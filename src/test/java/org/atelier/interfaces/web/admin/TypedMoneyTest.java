package org.atelier.interfaces.web.admin;

import org.atelier.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an admin types into a price or refund field, and what the field shows back. */
class TypedMoneyTest {

    @Test
    void eurosWithCentsBecomeCents() {
        assertEquals(Optional.of(Money.of(1234, "EUR")), TypedMoney.of(new BigDecimal("12.34"), "EUR"));
        assertEquals(Optional.of(Money.of(4000, "EUR")), TypedMoney.of(new BigDecimal("40"), "EUR"));
        assertEquals(Optional.of(Money.of(4000, "EUR")), TypedMoney.of(new BigDecimal("40.000"), "EUR"));
    }

    @Test
    void fractionsOfACentAndAmountsBeyondAnyTillAreRefused() {
        assertEquals(Optional.empty(), TypedMoney.of(new BigDecimal("1.005"), "EUR"));
        assertEquals(Optional.empty(), TypedMoney.of(new BigDecimal("1e20"), "EUR"));
    }

    @Test
    void aCurrencyWithoutCentsCountsWholeUnits() {
        assertEquals(Optional.of(Money.of(500, "JPY")), TypedMoney.of(new BigDecimal("500"), "JPY"));
        assertEquals(Optional.empty(), TypedMoney.of(new BigDecimal("500.5"), "JPY"));
    }

    @Test
    void aStoredAmountIsShownInEurosWithItsCents() {
        assertEquals(new BigDecimal("35.00"), TypedMoney.shown(Money.of(3500, "EUR")));
    }
}
