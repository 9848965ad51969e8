package org.atelier.application.admin.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The daily roll-up of bookings (at most half a minute behind the bookings themselves), summed in
 * the database by SQL aggregates: nothing is loaded row by row.
 */
public interface BookingActivity {

    /** Bookings made, and of those: paid, attended, abandoned, refunded; and the paid bookings' value in cents. */
    record Counts(long bookings, long paid, long attended, long abandoned, long refunded, long paidTotal) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
    }

    /** One pass over the days from {@code from} up to and including {@code until}, summed three ways. */
    record Sums(Map<LocalDate, Counts> byBucket, Map<String, Counts> byRoles, Map<Long, Counts> byWorkshop) {
    }

    /** {@code unit}: day, week or month; a bucket is named by its first day. */
    Sums sums(LocalDate from, LocalDate until, String unit);

    /** The titles of the workshops with these ids. */
    Map<Long, String> workshopTitles(Set<Long> ids);

    /** How far the roll-up has got; empty before its first run. */
    Optional<Instant> refreshedUntil();
}
