package org.atelier.domain.model.booking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /**
     * Every character of the alphabet turns up in every position: the references spread over all
     * 30^8 of them. (Uniqueness is the database's job: among 100,000 random references a repeat
     * has a chance of almost 1%, and the unique key makes the hold draw again.)
     */
    @Test
    void referencesSpreadOverTheWholeAlphabetInEveryPosition() {
        Random random = new Random(7);
        List<Set<Character>> seen = new ArrayList<>();
        for (int position = 0; position < 9; position++) {
            seen.add(new HashSet<>());
        }
        for (int i = 0; i < 20_000; i++) {
            String reference = BookingReference.generate(random);
            for (int position = 0; position < 9; position++) {
                seen.get(position).add(reference.charAt(position));
            }
        }
        for (int position = 0; position < 9; position++) {
            assertEquals(position == 4 ? 1 : BookingReference.ALPHABET.length(), seen.get(position).size(),
                    "position " + position);
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
