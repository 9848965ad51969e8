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

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

    /**
     * An amount typed as text, such as "12.50", "12,50" or "€ 12": the decimal comma of Dutch and
     * the point of English both read as the decimal separator. Empty when it is no such amount.
     */
    static Optional<BigDecimal> parse(String typed) {
        String bare = typed == null ? "" : typed.replace("€", "").replaceAll("[\\s\u00a0]", "");
        return AMOUNT.matcher(bare).matches() ? Optional.of(new BigDecimal(bare.replace(',', '.'))) : Optional.empty();
    }

    static BigDecimal shown(Money money) {
        return BigDecimal.valueOf(money.amount(), money.currency().getDefaultFractionDigits());
    }
}
