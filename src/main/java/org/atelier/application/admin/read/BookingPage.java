package org.atelier.application.admin.read;

import java.util.List;

/**
 * One page of the bookings table and how many bookings match in all, counted up to
 * {@link #COUNT_LIMIT}: past that the exact number costs more than it tells ("1,000 or more").
 */
public record BookingPage(List<BookingRow> rows, int matching, boolean more) {

    public static final int COUNT_LIMIT = 1_000;

    public BookingPage {
        rows = List.copyOf(rows);
    }
}
