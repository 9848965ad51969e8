package org.atelier.application.admin.read;

import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The figures that the overview and the analytics both show, each defined here once, so the two
 * pages can never disagree:
 * <ul>
 * <li><b>revenue</b>: payments received less refunds given, each on the day the money moved (a
 * payment by when it was paid, a refund by when it was issued), whatever day the booking was made;
 * <li><b>occupancy</b>: seats taken of seats offered, in the sessions that start within the
 * period, leaving out sessions the organisers cancelled.
 * </ul>
 * Periods are half-open, {@code [from, until)}.
 */
public interface BusinessFigures {

    Money revenue(Instant from, Instant until);

    /** Revenue per day, week or month ({@code unit}) of the workspace's calendar, keyed by the bucket's first day. */
    Map<LocalDate, Money> revenueBy(String unit, Instant from, Instant until);

    Occupancy occupancy(Instant from, Instant until);

    /** Seats taken of seats offered; with no session in the period there is no rate to give. */
    record Occupancy(long seatsTaken, long capacity) {

        public boolean isKnown() {
            return capacity > 0;
        }

        public double rate() {
            return capacity == 0 ? 0 : (double) seatsTaken / capacity;
        }
    }
}
