package org.atelier.domain.model.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Words an admin enters for visitors, in English and, when they wrote them, in Dutch. A Dutch
 * reader gets the Dutch words when there are some and the English ones otherwise; everyone else
 * gets the English ones.
 */
public record BilingualText(String english, String dutch) {

    public BilingualText {
        english = english == null ? "" : english.strip();
        dutch = dutch == null || dutch.isBlank() ? null : dutch.strip();
    }

    public static BilingualText english(String text) {
        return new BilingualText(text, null);
    }

    /** The words for a reader of {@code language} ("nl", "nl-BE", "en" ...). */
    public String in(String language) {
        return dutch != null && language != null && "nl".equals(Locale.forLanguageTag(language).getLanguage())
                ? dutch : english;
    }

    public String in(Locale locale) {
        return in(locale == null ? null : locale.toLanguageTag());
    }

    public Optional<String> dutchText() {
        return Optional.ofNullable(dutch);
    }
}
