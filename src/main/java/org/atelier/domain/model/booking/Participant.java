package org.atelier.domain.model.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.PlainText;

import java.util.Locale;

/** Someone who comes along on a booking: a name for the attendance list, an e-mail if they want one. */
@Embeddable
public class Participant {

    @Column(name = "name")
    private String name;

    @Column(name = "email")
    private String email;

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

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }
}
