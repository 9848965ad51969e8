package org.atelier.domain.model.booking;

import org.atelier.domain.model.shared.BookingException;

import java.util.List;
import java.util.Set;

/**
 * Who a booking is for: the buyer, the people they bring, the language we write to them in, and
 * the buyer's account when they booked signed in (null for a guest).
 */
public record BookingParty(Buyer buyer, List<Participant> participants, String language, Long accountId) {

    private static final Set<String> LANGUAGES = Set.of("en", "nl");

    public BookingParty {
        participants = List.copyOf(participants);
        if (!LANGUAGES.contains(language)) {
            throw new BookingException("booking.language.unsupported", language);
        }
    }

    /** A guest's party: booked without an account. */
    public BookingParty(Buyer buyer, List<Participant> participants, String language) {
        this(buyer, participants, language, null);
    }

    /** The buyer takes one seat; everyone else they bring needs one of the rest. */
    void requireRoomIn(int quantity) {
        if (participants.size() > quantity - 1) {
            throw new BookingException("booking.participants.tooMany", quantity - 1);
        }
    }
}
