package org.atelier.domain.model.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface BookingRepository {

    Optional<Booking> findByReference(String reference);

    Optional<Booking> findById(long id);

    Optional<Booking> findByIdempotencyKey(String idempotencyKey);

    /** The buyer's hold for these seats that still waits for payment, if any. */
    Optional<Booking> findOpenHold(long sessionId, String buyerEmail, int quantity);

    void add(Booking booking);

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
