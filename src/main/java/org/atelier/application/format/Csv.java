package org.atelier.application.format;

import org.atelier.domain.model.shared.Money;

import java.math.BigDecimal;

/**
 * CSV as spreadsheets read it. A cell that a spreadsheet would take for a formula (it starts with
 * =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so a buyer named
 * "=HYPERLINK(...)" stays text.
 */
public final class Csv {

    private Csv() {
    }

    public static String line(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** In major units with the currency's decimals, as a number a spreadsheet can add up. */
    public static String amount(Money money) {
        return BigDecimal.valueOf(money.amount(), money.currency().getDefaultFractionDigits()).toPlainString();
    }
}
