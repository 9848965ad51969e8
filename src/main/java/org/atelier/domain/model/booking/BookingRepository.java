package org.atelier.domain.model.booking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface BookingRepository {

    Optional<Booking> findByReference(String reference);

    Optional<Booking> findById(long id);

    Optional<Booking> findByIdempotencyKey(String idempotencyKey);

    /** The buyer's hold for these seats that still waits for payment, if any. */
    Optional<Booking> findOpenHold(long sessionId, String buyerEmail, int quantity);

    void add(Booking booking);

    /**
     * When the account's free bookings since {@code since} were made, by the rule that made them
     * free; cancelled and abandoned ones give their place in a quota back.
     */
    Map<Long, List<Instant>> freeBookingsSince(long accountId, Instant since);

    /** A session's bookings that still hold their seats: what cancelling the session affects. */
    List<Booking> findHoldingSeats(long sessionId);

    /** The account's bookings, newest session first. */
    List<Booking> findByAccount(long accountId, int limit);

    /** Writes what was added, so that a duplicate idempotency key fails here and not at commit. */
    void flush();

    /**
     * Open holds whose time is up, locked for this transaction; rows another instance is already
     * expiring are skipped rather than waited for. Holds in a provider's checkout that can be asked
     * about are left to reconciliation, which asks before giving seats back.
     */
    List<Booking> lockExpiredHolds(Instant now, int limit);

    /** Checkouts still open at a provider whose hold has run out: for reconciliation. */
    List<PendingCheckout> findCheckoutsPastHold(Instant now, int limit);

    record PendingCheckout(String reference, String provider, String checkoutId) {
    }
}
