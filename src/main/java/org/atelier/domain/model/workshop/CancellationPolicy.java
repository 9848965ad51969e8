package org.atelier.domain.model.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a buyer gets back on cancelling: everything until {@code fullRefundHours} before the start,
 * {@code partialRefundPercent} of it until {@code partialRefundHours} before, nothing after. A
 * workshop has one; each booking keeps a copy of the one in force when it was made, as it keeps
 * its price, so that a later change of the policy never changes what a buyer was promised.
 */
@Embeddable
public class CancellationPolicy implements Serializable {

    private static final int LONGEST_HOURS = 24 * 90;

    @Column(name = "cancel_full_hours", nullable = false)
    private int fullRefundHours;

    @Column(name = "cancel_partial_hours", nullable = false)
    private int partialRefundHours;

    @Column(name = "cancel_partial_percent", nullable = false)
    private int partialRefundPercent;

    protected CancellationPolicy() {
        // for JPA
    }

    private CancellationPolicy(int fullRefundHours, int partialRefundHours, int partialRefundPercent) {
        this.fullRefundHours = fullRefundHours;
        this.partialRefundHours = partialRefundHours;
        this.partialRefundPercent = partialRefundPercent;
    }

    /**
     * The full price back until 48 hours before the start, half until 24 hours, nothing after. A
     * new object each time: an entity's embedded value is its own.
     */
    public static CancellationPolicy standard() {
        return new CancellationPolicy(48, 24, 50);
    }

    /** A copy, for a booking to keep. */
    public CancellationPolicy copy() {
        return new CancellationPolicy(fullRefundHours, partialRefundHours, partialRefundPercent);
    }

    /** Refuses a policy that gives back more later than earlier, or deadlines beyond 90 days. */
    public static CancellationPolicy of(int fullRefundHours, int partialRefundHours, int partialRefundPercent) {
        if (partialRefundHours < 0 || fullRefundHours < partialRefundHours || fullRefundHours > LONGEST_HOURS
                || partialRefundPercent < 0 || partialRefundPercent > 100) {
            throw new BookingException("workshop.policy.invalid");
        }
        return new CancellationPolicy(fullRefundHours, partialRefundHours, partialRefundPercent);
    }

    /** The share of what was paid that goes back when cancelling at {@code at}, in percent. */
    public int percentBackAt(Instant start, Instant at) {
        if (!at.isBefore(start)) {
            return 0;
        }
        Duration left = Duration.between(at, start);
        if (left.compareTo(Duration.ofHours(fullRefundHours)) >= 0) {
            return 100;
        }
        return left.compareTo(Duration.ofHours(partialRefundHours)) >= 0 ? partialRefundPercent : 0;
    }

    /** What goes back of {@code paid} when cancelling at {@code at}; a cent that does not divide stays with the workspace. */
    public Money refundOf(Money paid, Instant start, Instant at) {
        return paid.percent(percentBackAt(start, at));
    }

    /** Until when everything goes back. */
    public Instant fullRefundUntil(Instant start) {
        return start.minus(Duration.ofHours(fullRefundHours));
    }

    /** Until when {@link #partialRefundPercent()} goes back. */
    public Instant partialRefundUntil(Instant start) {
        return start.minus(Duration.ofHours(partialRefundHours));
    }

    /**
     * Until when a booking under these terms may move to another session: as long as anything of
     * it would still go back on cancelling, and with terms that give nothing back, until the start.
     */
    public Instant changesUntil(Instant start) {
        return start.minus(Duration.ofHours(lastRefundHours()));
    }

    /** How many hours before the start the last money goes back; after that, nothing does. */
    public int lastRefundHours() {
        return partialRefundPercent > 0 ? partialRefundHours : fullRefundHours;
    }

    /** Whether there is a partial step between everything and nothing. */
    public boolean hasPartialStep() {
        return partialRefundPercent > 0 && partialRefundPercent < 100 && partialRefundHours < fullRefundHours;
    }

    public int fullRefundHours() {
        return fullRefundHours;
    }

    public int partialRefundHours() {
        return partialRefundHours;
    }

    public int partialRefundPercent() {
        return partialRefundPercent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancellationPolicy other && fullRefundHours == other.fullRefundHours
                && partialRefundHours == other.partialRefundHours && partialRefundPercent == other.partialRefundPercent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fullRefundHours, partialRefundHours, partialRefundPercent);
    }
}
