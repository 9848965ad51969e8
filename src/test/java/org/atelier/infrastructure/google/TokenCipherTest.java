package org.atelier.infrastructure.google;

import org.atelier.domain.model.calendar.SealedToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A host's refresh token as it rests in the database: unreadable, unmovable, unalterable. */
class TokenCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final TokenCipher cipher = new TokenCipher(KEY, 1);

    @Test
    void aSealedTokenOpensForItsHostOnly() {
        SealedToken sealed = cipher.seal("1//refresh-token-of-host-7", 7);
        assertEquals(Optional.of("1//refresh-token-of-host-7"), cipher.open(sealed, 7));
        assertEquals(Optional.empty(), cipher.open(sealed, 8), "copied onto another host's row it does not open");
    }

    @Test
    void theSecretIsNotInTheStoredBytesAndEachSealingHasItsOwnNonce() {
        SealedToken first = cipher.seal("1//refresh-token", 7);
        SealedToken second = cipher.seal("1//refresh-token", 7);
        assertFalse(new String(first.cipher(), StandardCharsets.ISO_8859_1).contains("refresh-token"));
        assertEquals(12, first.iv().length);
        assertFalse(Arrays.equals(first.iv(), second.iv()));
        assertFalse(Arrays.equals(first.cipher(), second.cipher()));
    }

    @Test
    void anAlteredTokenDoesNotOpen() {
        SealedToken sealed = cipher.seal("1//refresh-token", 7);
        byte[] altered = sealed.cipher().clone();
        altered[0] ^= 1;
        assertEquals(Optional.empty(), cipher.open(new SealedToken(altered, sealed.iv(), 1), 7));
    }

    @Test
    void aTokenSealedUnderAnEarlierKeyAsksForReconnecting() {
        SealedToken sealed = cipher.seal("1//refresh-token", 7);
        TokenCipher rotated = new TokenCipher("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII), 2);
        assertEquals(Optional.empty(), rotated.open(sealed, 7));
        assertNotEquals(sealed.keyVersion(), rotated.seal("x", 7).keyVersion());
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedWithoutShowingIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new TokenCipher("short".getBytes(StandardCharsets.US_ASCII), 1));
        assertFalse(refused.getMessage().contains("short"));
    }
}
