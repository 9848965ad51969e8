package org.atelier.application.admin.read;

import java.io.IOException;
import java.util.List;

/**
 * The admin's read side of bookings, answered by SQL over indexed columns, never by loading
 * bookings into memory.
 */
public interface BookingSearch {

    /** One page of rows and the count of all that match: what the table's first view needs. */
    default BookingPage page(BookingFilter filter, BookingSort sort, int first, int pageSize) {
        int matching = count(filter);
        return new BookingPage(rows(filter, sort, first, pageSize), Math.min(matching, BookingPage.COUNT_LIMIT),
                matching > BookingPage.COUNT_LIMIT);
    }

    List<BookingRow> rows(BookingFilter filter, BookingSort sort, int first, int pageSize);

    /** How many bookings match, counted no further than one past {@link BookingPage#COUNT_LIMIT}. */
    int count(BookingFilter filter);

    /** Hands every matching booking to {@code each}, streamed from the database as they come. */
    void each(BookingFilter filter, BookingSort sort, RowConsumer each) throws IOException;

    /** Takes one row of a long read, for example to write it out. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(BookingRow row) throws IOException;
    }
}
