package org.atelier.domain.model.workshop;

import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void endsAfterTheWorkshopsDuration() {
        Instant start = NOW.plus(Duration.ofDays(3));
        Session session = publishedWorkshop().schedule(start, "Studio", 5, NOW);
        assertEquals(start.plus(Duration.ofMinutes(150)), session.endsAt());
    }

    @Test
    void isBookableOnlyBeforeItStartsWhileScheduledAndPublished() {
        Instant start = NOW.plus(Duration.ofDays(3));
        Session session = publishedWorkshop().schedule(start, "Studio", 5, NOW);
        assertTrue(session.isBookableAt(NOW));
        assertFalse(session.isBookableAt(start));
        session.cancel();
        assertFalse(session.isBookableAt(NOW));

        Workshop draft = new Workshop(details(), Money.of(4000, "EUR"), 4, NOW);
        assertFalse(draft.schedule(start, "Studio", 5, NOW).isBookableAt(NOW));
    }

    @Test
    void refusesNonsenseCapacity() {
        Workshop workshop = publishedWorkshop();
        assertThrows(BookingException.class, () -> workshop.schedule(NOW, "Studio", 0, NOW));
        assertThrows(BookingException.class, () -> workshop.schedule(NOW, "Studio", -3, NOW));
        assertEquals(5, workshop.schedule(NOW.plus(Duration.ofDays(1)), "Studio", 5, NOW).seatsLeft());
    }

    @Test
    void dutchReadersGetTheDutchTitleWhereThereIsOneAndTheEnglishOtherwise() {
        Workshop workshop = new Workshop(details(), Money.of(100, "EUR"), 4, NOW);
        assertEquals("Aquarel", workshop.titles().in("nl"));
        assertEquals("Aquarel", workshop.titles().in("nl-BE"));
        assertEquals("Watercolour", workshop.titles().in("en"));
        assertEquals("Washes", workshop.descriptions().in("nl"), "no Dutch description: the English one");
        assertEquals("Watercolour", workshop.title(), "admins read the English title");
        workshop.revise(new WorkshopDetails("watercolour", new BilingualText("Watercolour", "   "),
                BilingualText.english("Washes"), "painting", "Lotte", null, Duration.ofMinutes(150)),
                Money.of(100, "EUR"), 4, NOW);
        assertEquals("Watercolour", workshop.titles().in("nl"), "a blank Dutch title is none");
        BookingException tooLong = assertThrows(BookingException.class, () -> workshop.revise(new WorkshopDetails(
                "watercolour", new BilingualText("Watercolour", "a".repeat(161)), BilingualText.english("Washes"),
                "painting", "Lotte", null, Duration.ofMinutes(150)), Money.of(100, "EUR"), 4, NOW));
        assertEquals("workshop.titleNl.invalid", tooLong.messageKey());
    }

    @Test
    void aWorkshopGuardsItsSlugPriceAndSeatLimit() {
        assertThrows(BookingException.class, () -> new Workshop(new WorkshopDetails("Not A Slug",
                BilingualText.english("T"), BilingualText.english("D"), "c",
                "H", null, Duration.ofHours(1)), Money.of(100, "EUR"), 4, NOW));
        assertThrows(BookingException.class, () -> new Workshop(details(), Money.of(-100, "EUR"), 4, NOW));
        assertThrows(BookingException.class, () -> new Workshop(details(), Money.of(100, "EUR"), 0, NOW));
        Workshop archived = new Workshop(details(), Money.of(100, "EUR"), 4, NOW);
        archived.archive(NOW);
        assertThrows(BookingException.class, () -> archived.publish(NOW));
    }

    private static Workshop publishedWorkshop() {
        Workshop workshop = new Workshop(details(), Money.of(4000, "EUR"), 4, NOW);
        workshop.publish(NOW);
        return workshop;
    }

    private static WorkshopDetails details() {
        return new WorkshopDetails("watercolour", new BilingualText("Watercolour", "Aquarel"), BilingualText.english("Washes"),
                "painting", "Lotte", null,
                Duration.ofMinutes(150));
    }
}
