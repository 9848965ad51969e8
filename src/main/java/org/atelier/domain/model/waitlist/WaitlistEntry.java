package org.atelier.domain.model.waitlist;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.atelier.domain.model.booking.BookingReference;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.workshop.Session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One person's place in line for seats of a full session. It waits until seats come free that
 * it fits in; then it is offered them, as a booking that holds them for a while, and its part
 * is done: what happens to the offer is that booking's story.
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry {

    private static final Set<String> LANGUAGES = Set.of("en", "nl");

    @Id
    @SequenceGenerator(name = "waitlist_entry_seq", sequenceName = "waitlist_entry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waitlist_entry_seq")
    private Long id;

    @Version
    private long version;

    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    private int seats;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "name"))
    @AttributeOverride(name = "email", column = @Column(name = "email"))
    private Buyer person;

    private String language;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    private WaitlistState state;

    @Column(name = "offer_booking_id")
    private Long offerBookingId;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WaitlistEntry() {
        // for JPA
    }

    /**
     * A place at the end of the line for {@code seats} seats. Only a session that is still to come
     * and has fewer seats left than asked for ({@code seatsLeft}, read under its row lock) has a
     * line; with room, the visitor books instead.
     */
    public static WaitlistEntry join(Session session, int seatsLeft, int seats, Buyer person, String language,
                                     Long accountId, Instant now) {
        if (!session.isBookableAt(now)) {
            throw new BookingException(session.hasStartedAt(now) ? "session.started" : "session.cancelled");
        }
        if (seats < 1 || seats > session.workshop().maxSeatsPerBooking()) {
            throw new BookingException("booking.quantity.range", session.workshop().maxSeatsPerBooking());
        }
        if (seatsLeft >= seats) {
            throw new BookingException("waitlist.seatsFree", seatsLeft);
        }
        if (!LANGUAGES.contains(language)) {
            throw new BookingException("booking.language.unsupported", language);
        }
        WaitlistEntry entry = new WaitlistEntry();
        entry.reference = "W" + BookingReference.generate();
        entry.session = session;
        entry.seats = seats;
        entry.person = Objects.requireNonNull(person);
        entry.language = language;
        entry.accountId = accountId;
        entry.state = WaitlistState.WAITING;
        entry.joinedAt = now;
        entry.updatedAt = now;
        return entry;
    }

    /** Seats came free and were put aside for this entry, held by booking {@code bookingId}. */
    public void offer(long bookingId, Instant now) {
        requireWaiting();
        state = WaitlistState.OFFERED;
        offerBookingId = bookingId;
        updatedAt = now;
    }

    /** The person no longer waits; an offer already made is declined on its booking instead. */
    public void leave(Instant now) {
        requireWaiting();
        state = WaitlistState.LEFT;
        updatedAt = now;
    }

    private void requireWaiting() {
        if (state != WaitlistState.WAITING) {
            throw new BookingException("waitlist.notWaiting");
        }
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Session session() {
        return session;
    }

    public int seats() {
        return seats;
    }

    public Buyer person() {
        return person;
    }

    public String language() {
        return language;
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    public WaitlistState state() {
        return state;
    }

    public Optional<Long> offerBookingId() {
        return Optional.ofNullable(offerBookingId);
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
