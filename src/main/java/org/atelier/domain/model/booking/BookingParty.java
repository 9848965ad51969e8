package org.atelier.domain.model.booking;

import org.atelier.domain.model.shared.BookingException;

import java.util.List;
import java.util.Set;

/** Who a booking is for: the buyer, the people they bring, and the language we write to them in. */
public record BookingParty(Buyer buyer, List<Participant> participants, String language) {

    private static final Set<String> LANGUAGES = Set.of("en", "nl");

    public BookingParty {
        participants = List.copyOf(participants);
        if (!LANGUAGES.contains(language)) {
            throw new BookingException("booking.language.unsupported", language);
        }
    }
}
