package org.atelier.domain.model.booking;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a booking, from the user's planning notes: a hold (HELD, "initiated") waits for
 * payment and ends confirmed, abandoned, cancelled, failed or refunded.
 */
public enum BookingState {
    HELD,
    PAYMENT_PENDING,
    CONFIRMED,
    COMPLETED,
    ABANDONED,
    CANCELLED,
    PAYMENT_FAILED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    private Set<BookingState> next;

    static {
        HELD.next = EnumSet.of(PAYMENT_PENDING, CONFIRMED, ABANDONED, CANCELLED);
        PAYMENT_PENDING.next = EnumSet.of(CONFIRMED, PAYMENT_FAILED, ABANDONED, CANCELLED);
        // A declined card may be retried while the hold lasts, on a new checkout or the same one.
        PAYMENT_FAILED.next = EnumSet.of(PAYMENT_PENDING, CONFIRMED, ABANDONED, CANCELLED);
        // A payment that arrives after the hold expired either gets its seats back or its money back.
        ABANDONED.next = EnumSet.of(CONFIRMED, REFUNDED);
        CONFIRMED.next = EnumSet.of(COMPLETED, CANCELLED, PARTIALLY_REFUNDED, REFUNDED);
        PARTIALLY_REFUNDED.next = EnumSet.of(PARTIALLY_REFUNDED, REFUNDED, COMPLETED, CANCELLED);
        COMPLETED.next = EnumSet.of(PARTIALLY_REFUNDED, REFUNDED);
        // A cancelled booking that was paid is refunded afterwards; a part refunded leaves it cancelled
        // (its seats went back when it was cancelled), all of it makes it REFUNDED.
        CANCELLED.next = EnumSet.of(REFUNDED);
        REFUNDED.next = EnumSet.noneOf(BookingState.class);
    }

    public boolean canMoveTo(BookingState target) {
        return next.contains(target);
    }

    /**
     * Whether the booking still occupies its seats. REFUNDED never does: all the money went back,
     * whether the booking was cancelled first or not.
     */
    public boolean holdsSeats() {
        return this == HELD || this == PAYMENT_PENDING || this == PAYMENT_FAILED || this == CONFIRMED
                || this == COMPLETED || this == PARTIALLY_REFUNDED;
    }

    /** A place that is settled: paid or free, not given up. It belongs in the host's calendar. */
    public boolean isBooked() {
        return holdsSeats() && !isAwaitingPayment();
    }

    /** Seats held for someone who has not paid yet. */
    public boolean isAwaitingPayment() {
        return this == HELD || this == PAYMENT_PENDING || this == PAYMENT_FAILED;
    }
}
