package org.atelier.domain.model.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface BookingRepository {

    Optional<Booking> findByReference(String reference);

    /** The booking, its row locked until the transaction ends: a second caller waits, then sees this one's change. */
    Optional<Booking> lockByReference(String reference);

    Optional<Booking> findById(long id);

    Optional<Booking> findByIdempotencyKey(String idempotencyKey);

    /**
     * The buyer's hold for these seats that still waits for payment, made with an idempotency key
     * that starts with {@code keyPrefix} (the browser's part of the booking form's key), if any.
     */
    Optional<Booking> findOpenHold(long sessionId, String buyerEmail, int quantity, String keyPrefix);

    /**
     * The bookings of a session that hold seats nobody paid for (holds still in time, and free
     * bookings), made for one of these buyers' addresses or by one of these accounts: what the cap
     * on open holds per buyer counts.
     */
    List<OpenHold> openHolds(long sessionId, Collection<String> buyerEmails, Collection<Long> accountIds, Instant now);

    /** An unpaid or free booking: whose it is, and when its hold runs out (null for a free one). */
    record OpenHold(String buyerEmail, Long accountId, Instant holdExpiresAt) {
    }

    void add(Booking booking);

    /**
     * When the account's free bookings since {@code since} were made, by the rule that made them
     * free; cancelled and abandoned ones give their place in a quota back.
     */
    Map<Long, List<Instant>> freeBookingsSince(long accountId, Instant since);

    /** The ids of the settled bookings of sessions still to come that this host runs: what their calendar should hold. */
    List<Long> findUpcomingBookedIdsOfHost(long hostAccountId, Instant now);

    /** A booking's id, without loading the booking. */
    Optional<Long> findIdByReference(String reference);

    /**
     * Raises the booking's version now, inside this transaction, so that whoever acts on the
     * same version next waits for this transaction and then finds it changed; throws
     * {@code OptimisticLockException} when it has changed already.
     */
    void claimVersion(Booking booking);

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
