package org.atelier.domain.model.booking;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingReferenceTest {

    @Test
    void looksLikeFourAndFourCharactersWithoutLookAlikes() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            String reference = BookingReference.generate(random);
            assertTrue(reference.matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"), reference);
            assertTrue(reference.chars().noneMatch(c -> "01OILU".indexOf(c) >= 0), reference);
        }
    }

    @Test
    void aHundredThousandReferencesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(BookingReference.generate()), "repeated after " + i);
        }
    }

    @Test
    void readsAReferenceAsAPersonTypesIt() {
        assertEquals(Optional.of("K7MQ-4XT9"), BookingReference.parse("k7mq4xt9"));
        assertEquals(Optional.of("K7MQ-4XT9"), BookingReference.parse(" K7MQ-4XT9 "));
        assertEquals(Optional.of("K7MQ-4XT9"), BookingReference.parse("k7mq 4xt9"));
    }

    @Test
    void refusesWhatCannotBeAReference() {
        assertEquals(Optional.empty(), BookingReference.parse(null));
        assertEquals(Optional.empty(), BookingReference.parse("K7MQ-4XT"));
        assertEquals(Optional.empty(), BookingReference.parse("K7MQ-4XT90"));
        assertEquals(Optional.empty(), BookingReference.parse("O7MQ-4XT9"));
        assertEquals(Optional.empty(), BookingReference.parse("K7MQ-4XT9' or 1=1"));
    }
}
