package org.atelier.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.atelier.application.admin.read.BookingFilter;
import org.atelier.application.admin.read.BookingPage;
import org.atelier.application.admin.read.BookingRow;
import org.atelier.application.admin.read.BookingSearch;
import org.atelier.application.admin.read.BookingSort;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.Money;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The bookings table in SQL. Every filter becomes a condition on an indexed column, the order is
 * one of a fixed few, and a page reads only its own rows; the count stops at a limit.
 */
@ApplicationScoped
public class SqlBookingSearch implements BookingSearch {

    private static final String COLUMNS = """
            select b.reference, b.state, w.title, s.starts_at, b.quantity, b.buyer_name, b.buyer_email,
                   b.total_amount, b.total_currency, b.price_roles, b.attendance, b.created_at
            from booking b join session s on s.id = b.session_id join workshop w on w.id = s.workshop_id""";

    @Resource(lookup = "java:app/jdbc/atelier")
    DataSource db;

    @Override
    public List<BookingRow> rows(BookingFilter filter, BookingSort sort, int first, int pageSize) {
        BookingConditions where = BookingConditions.of(filter);
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(
                COLUMNS + where.sql() + " order by " + sort.orderBy() + " limit ? offset ?")) {
            int next = where.bind(query);
            query.setInt(next, pageSize);
            query.setInt(next + 1, Math.max(0, first));
            List<BookingRow> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the bookings table", e);
        }
    }

    @Override
    public int count(BookingFilter filter) {
        BookingConditions where = BookingConditions.of(filter);
        try (Connection connection = db.getConnection(); PreparedStatement count = connection.prepareStatement(
                "select count(*) from (select 1 from booking b" + where.sql() + " limit "
                        + (BookingPage.COUNT_LIMIT + 1) + ") matching")) {
            where.bind(count);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the bookings", e);
        }
    }

    @Override
    public void each(BookingFilter filter, BookingSort sort, RowConsumer each) throws IOException {
        BookingConditions where = BookingConditions.of(filter);
        try (Connection connection = db.getConnection()) {
            // A cursor, so that a million rows stream through in small batches instead of all at once.
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(COLUMNS + where.sql() + " order by " + sort.orderBy())) {
                query.setFetchSize(1000);
                where.bind(query);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        each.accept(row(rs));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the bookings for the export", e);
        }
    }

    private static BookingRow row(ResultSet rs) throws SQLException {
        return new BookingRow(rs.getString(1), BookingState.valueOf(rs.getString(2)), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getInt(5), rs.getString(6), rs.getString(7),
                Money.of(rs.getLong(8), rs.getString(9).strip()), rs.getString(10), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class).toInstant());
    }
}
