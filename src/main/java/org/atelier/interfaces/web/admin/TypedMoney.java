package org.atelier.interfaces.web.admin;

import org.atelier.domain.model.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** Amounts as an admin types and reads them: in whole units with decimals (euros), not in cents. */
final class TypedMoney {

    private TypedMoney() {
    }

    /** Empty when the amount is finer than the currency counts (€1.005) or too large to keep. */
    static Optional<Money> of(BigDecimal typed, String currency) {
        BigDecimal minor = typed.movePointRight(Currency.getInstance(currency).getDefaultFractionDigits());
        if (minor.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(minor.longValueExact(), currency));
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    static BigDecimal shown(Money money) {
        return BigDecimal.valueOf(money.amount(), money.currency().getDefaultFractionDigits());
    }
}
