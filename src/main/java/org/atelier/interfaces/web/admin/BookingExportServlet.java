package org.atelier.interfaces.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atelier.application.admin.AdminBookings;
import org.atelier.application.admin.read.BookingFilter;
import org.atelier.application.admin.read.BookingSort;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * /admin/bookings.csv: the bookings of the table's filter, streamed as CSV while the database
 * reads them. Reading only; the admin filter in front lets only admins here.
 */
@WebServlet("/admin/bookings.csv")
public class BookingExportServlet extends HttpServlet {

    @Inject
    AdminBookings bookings;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BookingFilter filter;
        try {
            LocalDate from = parameter(request, "from", LocalDate::parse);
            LocalDate until = parameter(request, "until", LocalDate::parse);
            filter = new BookingFilter(parameter(request, "state", BookingState::valueOf),
                    parameter(request, "workshop", Long::valueOf), parameter(request, "session", Long::valueOf),
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(),
                    parameter(request, "role", Role::valueOf), request.getParameter("q"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "A filter of the export is not valid");
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"atelier-bookings-"
                + LocalDate.now(clock.withZone(zone)) + ".csv\"");
        Writer out = response.getWriter();
        // A byte order mark, so that spreadsheets read the names' accents as UTF-8.
        out.write('\ufeff');
        bookings.exportCsv(filter, BookingSort.NEWEST, out);
        out.flush();
    }

    private static <T> T parameter(HttpServletRequest request, String name, Function<String, T> parse) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : parse.apply(value.strip());
    }
}
