package org.atelier.application.admin;

import org.atelier.application.admin.read.BookingRow;
import org.atelier.application.format.Csv;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The bookings export as spreadsheets read it: a header, then one line per booking, times in the workspace's zone. */
final class BookingCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BookingCsv() {
    }

    static String header() {
        return Csv.line("reference", "state", "workshop", "session_start", "seats", "buyer_name", "buyer_email",
                "total", "currency", "roles", "attendance", "booked_at");
    }

    static String line(BookingRow row, ZoneId zone) {
        return Csv.line(row.reference(), row.state().name(), row.workshopTitle(),
                TIME.format(row.sessionStart().atZone(zone)), Integer.toString(row.quantity()),
                row.buyerName(), row.buyerEmail(), Csv.amount(row.total()),
                row.total().currency().getCurrencyCode(), row.roles(),
                row.attendance() == null ? "" : row.attendance(), TIME.format(row.createdAt().atZone(zone)));
    }
}
