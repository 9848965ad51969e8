package org.atelier.application.format;

import org.atelier.domain.model.workshop.CancellationPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PolicyWordingTest {

    private static final Instant START = Instant.parse("2026-12-12T13:00:00Z");

    @Test
    void eachKindOfPolicyHasItsSentenceWithItsDeadlines() {
        assertEquals(new PolicyWording.Sentence("policy.fullThenPartial",
                        List.of(START.minus(Duration.ofHours(48)), START.minus(Duration.ofHours(24)), 50)),
                PolicyWording.of(CancellationPolicy.standard(), START, false));
        assertEquals(new PolicyWording.Sentence("policy.fullOnly", List.of(START.minus(Duration.ofHours(72)))),
                PolicyWording.of(CancellationPolicy.of(72, 72, 0), START, false));
        assertEquals(new PolicyWording.Sentence("policy.fullOnly", List.of(START.minus(Duration.ofHours(24)))),
                PolicyWording.of(CancellationPolicy.of(72, 24, 100), START, false), "all back until the later deadline");
        assertEquals(new PolicyWording.Sentence("policy.free", List.of()),
                PolicyWording.of(CancellationPolicy.standard(), START, true));
    }

    @Test
    void theDeadlineIsCountedInHoursSoAcrossTheEndOfSummerTimeItFallsAnHourLaterOnTheClock() {
        // Sunday 25 October 2026 10:00 in Amsterdam; the clocks went back at 03:00 that morning.
        Instant sunday = Instant.parse("2026-10-25T09:00:00Z");
        Object fullUntil = PolicyWording.of(CancellationPolicy.standard(), sunday, false).arguments().get(0);
        assertEquals("Friday 23 October 2026, 11:00",
                Formats.longDateTime((Instant) fullUntil, ZoneId.of("Europe/Amsterdam"), "en"));
        assertEquals("zaterdag 24 oktober 2026, 11:00", Formats.longDateTime(
                (Instant) PolicyWording.of(CancellationPolicy.standard(), sunday, false).arguments().get(1),
                ZoneId.of("Europe/Amsterdam"), "nl"));
    }
}
