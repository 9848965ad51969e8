package org.atelier.domain.model.booking;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Short booking references such as {@code K7MQ-4XT9}: eight characters from an alphabet without
 * 0/O, 1/I/L and U, so that they survive being read aloud, handwritten or typed from a phone.
 * 30^8 (about 6.5 * 10^11) references make collisions rare; the unique key catches the rest.
 */
public final class BookingReference {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$");
    private static final RandomGenerator RANDOM = new SecureRandom();

    private BookingReference() {
    }

    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        StringBuilder reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /**
     * Reads a reference as a person types it: any case, with or without the dash or spaces.
     * Characters outside the alphabet (such as O, I, L and U) make it no reference at all.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 8) {
            return Optional.empty();
        }
        String reference = compact.substring(0, 4) + "-" + compact.substring(4);
        return FORMAT.matcher(reference).matches() ? Optional.of(reference) : Optional.empty();
    }
}
