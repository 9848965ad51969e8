package org.atelier.domain.model.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.PlainText;

import java.util.Locale;
import java.util.regex.Pattern;

/** The person who books and pays; the e-mail is where the confirmation goes. */
@Embeddable
public class Buyer {

    // Deliberately loose: the real check is the confirmation e-mail arriving.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Column(name = "buyer_name")
    private String name;

    @Column(name = "buyer_email")
    private String email;

    protected Buyer() {
        // for JPA
    }

    public Buyer(String name, String email) {
        String trimmedName = name == null ? "" : name.strip();
        String trimmedEmail = email == null ? "" : email.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > 160) {
            throw new BookingException("booking.buyer.name.invalid");
        }
        PlainText.requireLine(trimmedName, "booking.buyer.name.characters");
        if (!isPlausibleEmail(trimmedEmail)) {
            throw new BookingException("booking.buyer.email.invalid", trimmedEmail);
        }
        this.name = trimmedName;
        this.email = trimmedEmail.toLowerCase(Locale.ROOT);
    }

    static boolean isPlausibleEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches() && PlainText.isLine(email);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }
}
