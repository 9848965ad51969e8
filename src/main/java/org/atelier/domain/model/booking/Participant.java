package org.atelier.domain.model.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.PlainText;

import java.time.Instant;
import java.util.Locale;

/** Someone who comes along on a booking: a name for the attendance list, an e-mail if they want one. */
@Embeddable
public class Participant {

    @Column(name = "name")
    private String name;

    @Column(name = "email")
    private String email;

    /** Set when the buyer took them off the booking; they keep their number, and their seat is free to name. */
    @Column(name = "removed_at")
    private Instant removedAt;

    protected Participant() {
        // for JPA
    }

    public Participant(String name, String email) {
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > 160) {
            throw new BookingException("booking.participant.name.invalid");
        }
        PlainText.requireLine(trimmedName, "booking.participant.name.characters");
        String trimmedEmail = email == null || email.isBlank() ? null : email.strip();
        if (trimmedEmail != null && !Buyer.isPlausibleEmail(trimmedEmail)) {
            throw new BookingException("booking.participant.email.invalid", trimmedEmail);
        }
        this.name = trimmedName;
        this.email = trimmedEmail == null ? null : trimmedEmail.toLowerCase(Locale.ROOT);
    }

    /** The same person under a corrected name; the address stays, as their mails were sent to it. */
    Participant renamed(String newName) {
        Participant renamed = new Participant(newName, email);
        renamed.removedAt = removedAt;
        return renamed;
    }

    Participant removedAt(Instant now) {
        Participant removed = new Participant(name, email);
        removed.removedAt = now;
        return removed;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }
}
