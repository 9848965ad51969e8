package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.domain.model.shared.Money;
import org.atelier.infrastructure.time.WorkspaceZone;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats dates and money for the visitor's language: "Sat 28 Nov, 10:00" and "€50.00" in
 * English, "za 28 nov, 10:00" and "€ 50,00" in Dutch. Times are in the workspace's zone.
 */
@Named
@RequestScoped
public class DisplayFormat {

    @Inject
    LocaleBacking localeBacking;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public String dateTime(Instant instant) {
        return dateTime(instant, zone, localeBacking.getLanguage());
    }

    public String money(Money money) {
        return money(money, localeBacking.getLanguage());
    }

    public String zoneName() {
        return zone.getId();
    }

    static String dateTime(Instant instant, ZoneId zone, String language) {
        return DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", locale(language)).withZone(zone).format(instant);
    }

    static String money(Money money, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale(language));
        format.setCurrency(money.currency());
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(money.amount(), digits));
    }

    /** Formats need a country; the workspace is in the Netherlands, and en-IE writes euros as "€50.00". */
    private static Locale locale(String language) {
        return "nl".equals(language) ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-IE");
    }
}
