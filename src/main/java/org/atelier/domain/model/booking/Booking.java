package org.atelier.domain.model.booking;

import jakarta.persistence.AttributeOverride;
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
import org.atelier.domain.model.pricing.PriceSnapshot;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.CancellationPolicy;
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

    private int quantity;

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
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))
    private Money total;

    @Embedded
    private PriceSnapshot price;

    @Embedded
    private CancellationPolicy cancellationPolicy;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "hold_expires_at")
    private Instant holdExpiresAt;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

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

    private Booking(Session session, int quantity, BookingParty party, PriceQuote quote, Instant holdExpiresAt,
                    String idempotencyKey, Instant now) {
        this.reference = BookingReference.generate();
        this.session = session;
        this.quantity = quantity;
        this.buyer = party.buyer();
        this.participants = new ArrayList<>(party.participants());
        this.language = party.language();
        this.total = quote.total();
        this.price = quote.snapshot();
        this.cancellationPolicy = session.workshop().cancellationPolicy().copy();
        this.accountId = party.accountId();
        this.state = BookingState.HELD;
        this.holdExpiresAt = holdExpiresAt;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A new booking holding {@code quantity} seats until {@code holdExpiresAt}. The seats themselves
     * are taken in the same transaction by the session's conditional update.
     */
    public static Booking hold(Session session, int quantity, BookingParty party, PriceQuote quote,
                               Instant holdExpiresAt, String idempotencyKey, Instant now) {
        if (quantity < 1 || quote.quantity() != quantity) {
            throw new BookingException("booking.quantity.invalid", quantity);
        }
        party.requireRoomIn(quantity);
        if (quote.total().isNegative()) {
            throw new BookingException("booking.total.negative");
        }
        if (!holdExpiresAt.isAfter(now)) {
            throw new BookingException("booking.hold.expired");
        }
        return new Booking(Objects.requireNonNull(session), quantity, party, quote, holdExpiresAt, idempotencyKey, now);
    }

    /** The visitor is sent to a payment provider's checkout; a declined card may come back here. */
    public void startCheckout(String provider, String checkoutId, Instant now) {
        moveTo(BookingState.PAYMENT_PENDING, now);
        checkout.start(provider, checkoutId);
    }

    /** The number of the checkout the visitor is in or about to start; a new one after each failure. */
    public int currentCheckoutAttempt() {
        return state == BookingState.PAYMENT_PENDING ? checkout.attempts() : checkout.attempts() + 1;
    }

    /** Never shortens a hold; only an open hold can be stretched. */
    public void extendHoldTo(Instant until, Instant now) {
        if (holdExpiresAt != null && until.isAfter(holdExpiresAt) && !isHoldExpiredAt(now)) {
            holdExpiresAt = until;
            updatedAt = now;
        }
    }

    /** Whether this booking is the one a retried request with the same idempotency key asked for. */
    public boolean matchesRetry(long sessionId, int quantity, String buyerEmail) {
        return session.id() == sessionId && this.quantity == quantity && buyer.email().equalsIgnoreCase(buyerEmail.strip());
    }

    /** Confirmed: the seats are the buyer's, and the hold no longer expires. */
    public void confirm(Instant now) {
        moveTo(BookingState.CONFIRMED, now);
        holdExpiresAt = null;
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

    /** Whether the buyer came; only a booking whose seats were theirs can say. */
    public void recordAttendance(Attendance came, Instant now) {
        if (!state.holdsSeats() || state.isAwaitingPayment()) {
            throw new IllegalTransitionException(reference, state, state);
        }
        attendance = Objects.requireNonNull(came);
        updatedAt = now;
    }

    public boolean isHoldExpiredAt(Instant now) {
        return holdExpiresAt != null && !now.isBefore(holdExpiresAt) && state.isAwaitingPayment();
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
        return quantity;
    }

    public Buyer buyer() {
        return buyer;
    }

    public String language() {
        return language;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public Optional<String> paymentProvider() {
        return checkout.provider();
    }

    public Optional<String> providerCheckoutId() {
        return checkout.checkoutId();
    }

    public BookingState state() {
        return state;
    }

    public Money total() {
        return total;
    }

    /** How the price was decided when it was booked; never recomputed. */
    public PriceSnapshot price() {
        return price;
    }

    /** The cancellation terms in force when it was booked; never the workshop's later ones. */
    public CancellationPolicy cancellationPolicy() {
        return cancellationPolicy;
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
        return Optional.ofNullable(holdExpiresAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
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
