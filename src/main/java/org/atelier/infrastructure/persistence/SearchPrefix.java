package org.atelier.infrastructure.persistence;

import java.util.Locale;

/**
 * What an admin typed into a search box, as a LIKE pattern for values that start with it. The
 * typed {@code %} and {@code _} are meant literally, so they are escaped (backslash is the default
 * LIKE escape in PostgreSQL and in JPQL on it).
 */
public final class SearchPrefix {

    private SearchPrefix() {
    }

    /** The trimmed, lower-cased text; empty for none. */
    public static String normal(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    public static String of(String typed) {
        return normal(typed).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
