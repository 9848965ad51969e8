package org.atelier.application.format;

import org.atelier.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void moneyReadsAsEachLanguageWritesIt() {
        assertEquals("€50.00", Formats.money(Money.of(5000, "EUR"), "en"));
        assertEquals("€\u00a050,00", Formats.money(Money.of(5000, "EUR"), "nl"));
        assertEquals("€1,234.56", Formats.money(Money.of(123456, "EUR"), "en"));
        assertEquals("€\u00a01.234,56", Formats.money(Money.of(123456, "EUR"), "nl"));
        assertEquals("JP¥500", Formats.money(Money.of(500, "JPY"), "en"), "currencies without cents");
    }

    @Test
    void timesAreShownInTheWorkspaceZoneAcrossDaylightSavingTime() {
        // 09:00 UTC is 10:00 in Amsterdam in winter and 11:00 in summer.
        assertEquals("Sat 28 Nov, 10:00", Formats.dateTime(Instant.parse("2026-11-28T09:00:00Z"), AMSTERDAM, "en"));
        assertEquals("Sun 28 Jun, 11:00", Formats.dateTime(Instant.parse("2026-06-28T09:00:00Z"), AMSTERDAM, "en"));
        assertEquals("za 28 nov., 10:00", Formats.dateTime(Instant.parse("2026-11-28T09:00:00Z"), AMSTERDAM, "nl"));
    }
}
