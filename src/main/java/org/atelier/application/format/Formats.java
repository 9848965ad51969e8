package org.atelier.application.format;

import org.atelier.domain.model.shared.Money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and money as each language writes them: "Sat 28 Nov, 10:00" and "€50.00" in English,
 * "za 28 nov., 10:00" and "€ 50,00" in Dutch. Pages and e-mails use the same formats.
 */
public final class Formats {

    private Formats() {
    }

    public static String dateTime(Instant instant, ZoneId zone, String language) {
        return DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", locale(language)).withZone(zone).format(instant);
    }

    public static String longDateTime(Instant instant, ZoneId zone, String language) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale(language)).withZone(zone).format(instant);
    }

    /** A calendar day as a page names it: "Thu 10 Dec". */
    public static String day(LocalDate day, String language) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale(language)).format(day);
    }

    public static String time(Instant instant, ZoneId zone, String language) {
        return DateTimeFormatter.ofPattern("HH:mm", locale(language)).withZone(zone).format(instant);
    }

    public static String money(Money money, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale(language));
        format.setCurrency(money.currency());
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(money.amount(), digits));
    }

    /** Formats need a country; the workspace is in the Netherlands, and en-IE writes euros as "€50.00". */
    public static Locale locale(String language) {
        return "nl".equals(language) ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-IE");
    }
}
