package org.atelier.infrastructure.persistence;

import org.atelier.application.admin.read.BookingFilter;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A filter of the bookings table as a SQL condition on the booking's own columns (so that the
 * count needs no joins), with its parameters. Text from the admin is only ever a parameter.
 */
final class BookingConditions {

    private static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$");

    private final StringBuilder sql = new StringBuilder(" where true");
    private final List<Object> parameters = new ArrayList<>();

    private BookingConditions() {
    }

    static BookingConditions of(BookingFilter filter) {
        BookingConditions where = new BookingConditions();
        if (filter.state() != null) {
            where.add("b.state = ?", filter.state().name());
        }
        if (filter.sessionId() != null) {
            where.add("b.session_id = ?", filter.sessionId());
        }
        if (filter.workshopId() != null) {
            where.add("b.session_id in (select id from session where workshop_id = ?)", filter.workshopId());
        }
        if (filter.from() != null) {
            where.add("b.created_at >= ?", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            where.add("b.created_at < ?", filter.until().atOffset(ZoneOffset.UTC));
        }
        if (filter.role() != null) {
            where.add("(',' || b.price_roles || ',') like ?", "%," + filter.role().name() + ",%");
        }
        String search = filter.search() == null ? "" : filter.search().strip();
        if (REFERENCE.matcher(search).matches() && search.contains("-")) {
            where.add("b.reference = ?", search.toUpperCase(Locale.ROOT));
        } else if (REFERENCE.matcher(search).matches()) {
            // Eight letters may be a reference typed without its dash, or the start of a name.
            String compact = search.toUpperCase(Locale.ROOT);
            where.add("(b.reference = ? or lower(b.buyer_name) like ? or lower(b.buyer_email) like ?)",
                    compact.substring(0, 4) + "-" + compact.substring(4), SearchPrefix.of(search), SearchPrefix.of(search));
        } else if (search.contains("@")) {
            where.add("lower(b.buyer_email) like ?", SearchPrefix.of(search));
        } else if (!search.isEmpty()) {
            where.add("(lower(b.buyer_name) like ? or lower(b.buyer_email) like ?)", SearchPrefix.of(search), SearchPrefix.of(search));
        }
        return where;
    }

    String sql() {
        return sql.toString();
    }

    /** Binds the parameters from the first placeholder on; answers the next free one. */
    int bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }

    private void add(String condition, Object... values) {
        sql.append(" and ").append(condition);
        parameters.addAll(List.of(values));
    }
}
