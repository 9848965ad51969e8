package org.atelier.domain.model.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.atelier.domain.model.shared.BookingException;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * The buyer's invitation to someone to take one of the booking's seats under their own name: a
 * link that works once and until it expires. Only the digest of the link's token is kept.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    private String reference;

    @Column(name = "booking_id")
    private long bookingId;

    private String email;

    @Column(name = "token_digest")
    private String tokenDigest;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Invitation() {
        // for JPA
    }

    /** A fresh reference: random, so that it says nothing about the booking or the other invitations. */
    public static String newReference() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** An invitation to {@code email} for a seat of booking {@code bookingId}; its link's token has {@code tokenDigest}. */
    public static Invitation issue(long bookingId, String reference, String email, String tokenDigest, Instant expiresAt,
                                   Instant now) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!Buyer.isPlausibleEmail(address) || address.length() > 254) {
            throw new BookingException("booking.participant.email.invalid", address);
        }
        Invitation invitation = new Invitation();
        invitation.reference = reference;
        invitation.bookingId = bookingId;
        invitation.email = address;
        invitation.tokenDigest = tokenDigest;
        invitation.expiresAt = expiresAt;
        invitation.createdAt = now;
        return invitation;
    }

    /** The invitee takes the seat; a link works once, and not after it expired. */
    public void accept(Instant now) {
        if (acceptedAt != null) {
            throw new BookingException("invitation.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BookingException("invitation.expired");
        }
        acceptedAt = now;
    }

    public boolean isOpenAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long bookingId() {
        return bookingId;
    }

    public String email() {
        return email;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
