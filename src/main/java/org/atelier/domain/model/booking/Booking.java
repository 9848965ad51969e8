package org.atelier.domain.model.booking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One buyer's seats at one session. Its state only moves along {@link BookingState}'s legal
 * transitions; anything else is a business error, never a silent overwrite.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    private Long id;

    @Version
    private long version;

    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @Embedded
    private Buyer buyer;

    @ElementCollection
    @CollectionTable(name = "booking_participant", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    private String language;

    @Enumerated(EnumType.STRING)
    private BookingState state;

    @Embedded
    private BookingTerms terms;

    @Column(name = "account_id")
    private Long accountId;

    /** Null once read back with neither column set: JPA reads such an embeddable as null. */
    @Embedded
    private SeatHold hold;

    @Embedded
    private CheckoutTrail checkout = new CheckoutTrail();

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Booking() {
        // for JPA
    }

    /**
     * A new booking holding {@code quantity} seats until {@code holdExpiresAt}. The seats themselves
     * are taken in the same transaction by the session's conditional update.
     */
    public static Booking hold(Session session, int quantity, BookingParty party, PriceQuote quote,
                               Instant holdExpiresAt, String idempotencyKey, Instant now) {
        Booking booking = new Booking();
        booking.reference = BookingReference.generate();
        booking.session = Objects.requireNonNull(session);
        booking.terms = new BookingTerms(quantity, quote, session.workshop().cancellationPolicy());
        party.requireRoomIn(quantity);
        booking.buyer = party.buyer();
        booking.participants = new ArrayList<>(party.participants());
        booking.language = party.language();
        booking.accountId = party.accountId();
        booking.hold = SeatHold.until(holdExpiresAt, idempotencyKey, now);
        booking.state = BookingState.HELD;
        booking.createdAt = now;
        booking.updatedAt = now;
        return booking;
    }

    /** The visitor is sent to a payment provider's checkout; a declined card may come back here. */
    public void startCheckout(String provider, String checkoutId, Instant now) {
        moveTo(BookingState.PAYMENT_PENDING, now);
        checkout.start(provider, checkoutId);
    }

    /** Never shortens a hold; only an open hold can be stretched. */
    public void extendHoldTo(Instant until, Instant now) {
        if (state.isAwaitingPayment() && hold != null && hold.stretchTo(until, now)) {
            updatedAt = now;
        }
    }

    /** Confirmed: the seats are the buyer's, and the hold no longer expires. */
    public void confirm(Instant now) {
        moveTo(BookingState.CONFIRMED, now);
        if (hold != null) {
            hold.release();
        }
    }

    public void failPayment(Instant now) {
        moveTo(BookingState.PAYMENT_FAILED, now);
    }

    public void abandon(Instant now) {
        moveTo(BookingState.ABANDONED, now);
    }

    public void cancel(Instant now) {
        moveTo(BookingState.CANCELLED, now);
    }

    public void complete(Instant now) {
        moveTo(BookingState.COMPLETED, now);
    }

    /** Part of the money went back; a cancelled booking stays cancelled, with its seats given back already. */
    public void refundPartially(Instant now) {
        if (state == BookingState.CANCELLED) {
            updatedAt = now;
            return;
        }
        moveTo(BookingState.PARTIALLY_REFUNDED, now);
    }

    public void refundFully(Instant now) {
        moveTo(BookingState.REFUNDED, now);
    }

    /**
     * A group buyer gives back some of their seats, keeping one at least; the participants named
     * last lose theirs (answered by number). What the seats kept cost is worked out as the booking
     * was priced.
     */
    public List<Integer> giveBackSeats(int seats, Instant now) {
        requireBooked();
        terms.giveBack(seats);
        updatedAt = now;
        return guests().fitInto(quantity(), now);
    }

    /** The people the buyer brings, by number: see {@link GuestList}. */
    public GuestList guests() {
        return new GuestList(this, participants);
    }

    /** To another session of its workshop (an appointment: another time), seats and all; price and terms stay. */
    public void changeSession(Session target, Instant now) {
        requireBooked();
        if (!target.workshop().equals(session.workshop()) || target.equals(session)
                || target.isAppointment() != session.isAppointment()) {
            throw new BookingException("change.session.unknown");
        }
        session = target;
        updatedAt = now;
    }

    /** Whether the buyer came; only a booking whose seats were theirs can say. */
    public void recordAttendance(Attendance came, Instant now) {
        requireBooked();
        attendance = Objects.requireNonNull(came);
        updatedAt = now;
    }

    public boolean isHoldExpiredAt(Instant now) {
        return state.isAwaitingPayment() && hold != null && hold.hasEndedAt(now);
    }

    /** Only a booked booking (its seats the buyer's, paid or free) changes seats, session or guests. */
    void requireBooked() {
        if (!state.isBooked()) {
            throw new IllegalTransitionException(reference, state, state);
        }
    }

    private void moveTo(BookingState target, Instant now) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException(reference, state, target);
        }
        state = target;
        updatedAt = now;
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

    /** The workshop's title as the buyer reads it: in the language they booked in, where there is one. */
    public String workshopTitleForBuyer() {
        return session.workshop().titles().in(language);
    }

    public int quantity() {
        return terms.seats();
    }

    public Buyer buyer() {
        return buyer;
    }

    public String language() {
        return language;
    }

    /** The people the buyer brings who are on the booking now, in the order they were named. */
    public List<Participant> participants() {
        return participants.stream().filter(participant -> !participant.isRemoved()).toList();
    }

    /** Where it is being (or was) paid: the provider and its checkout's id there. */
    public CheckoutTrail checkout() {
        return checkout;
    }

    public BookingState state() {
        return state;
    }

    /** What the seats the buyer holds cost: see {@link BookingTerms#total()}. */
    public Money total() {
        return terms.total();
    }

    /** The price, its reasons and the cancellation terms as agreed when it was booked. */
    public BookingTerms terms() {
        return terms;
    }

    public Optional<Attendance> attendance() {
        return Optional.ofNullable(attendance);
    }

    /** What an admin saw: an action taken on an older version of the booking is refused. */
    public long version() {
        return version;
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    public Optional<Instant> holdExpiresAt() {
        return hold == null ? Optional.empty() : hold.expiresAt();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Booking other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
