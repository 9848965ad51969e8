package org.atelier.infrastructure.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchPrefixTest {

    @Test
    void typedWildcardsAreLiteralSoFiftyPercentDoesNotMatchEverythingStartingWithFifty() {
        assertEquals("50\\%\\_off%", SearchPrefix.of("50%_off"));
    }

    @Test
    void aTypedBackslashStaysABackslash() {
        assertEquals("a\\\\b%", SearchPrefix.of("a\\b"));
    }

    @Test
    void spacesAroundAndCapitalsDoNotMatter() {
        assertEquals("ann%", SearchPrefix.of("  Ann "));
    }

    @Test
    void nothingTypedMatchesEverything() {
        assertEquals("%", SearchPrefix.of(null));
        assertEquals("", SearchPrefix.normal("   "));
    }
}
