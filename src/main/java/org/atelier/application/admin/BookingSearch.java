package org.atelier.application.admin;

import java.io.IOException;
import java.io.Writer;
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

    /** Writes every matching booking as CSV rows, streamed from the database as they come. */
    void exportCsv(BookingFilter filter, BookingSort sort, Writer out) throws IOException;
}
