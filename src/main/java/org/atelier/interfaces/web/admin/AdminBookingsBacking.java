package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminBookings;
import org.atelier.application.admin.AdminCatalogue;
import org.atelier.application.admin.read.BookingFilter;
import org.atelier.application.admin.read.BookingPage;
import org.atelier.application.admin.read.BookingRow;
import org.atelier.application.admin.read.BookingSort;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.booking.BookingState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs /admin/bookings: the lazy table, a page at a time from the database, and its filters. */
@Named
@ViewScoped
public class AdminBookingsBacking implements Serializable {

    @Inject
    AdminBookings bookings;

    @Inject
    AdminCatalogue catalogue;

    @Inject
    BookingFilters filters;

    private final Rows model = new Rows();
    private List<AdminCatalogue.WorkshopChoice> workshops;

    /** Asks the database for one page and the count, never for more. */
    private final class Rows extends LazyDataModel<BookingRow> {

        private boolean more;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            int matching = bookings.count(filters.toFilter());
            more = matching > BookingPage.COUNT_LIMIT;
            return Math.min(matching, BookingPage.COUNT_LIMIT);
        }

        @Override
        public List<BookingRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return bookings.rows(filters.toFilter(), sort(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(BookingRow row) {
            return row.reference();
        }

        @Override
        public BookingRow getRowData(String rowKey) {
            return null;
        }
    }

    private static BookingSort sort(Map<String, SortMeta> sortBy) {
        SortMeta meta = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        if (meta == null || meta.getOrder() == SortOrder.UNSORTED) {
            return BookingSort.NEWEST;
        }
        return switch (meta.getField()) {
            case "createdAt" -> meta.getOrder() == SortOrder.ASCENDING ? BookingSort.OLDEST : BookingSort.NEWEST;
            case "sessionStart" -> BookingSort.SESSION;
            case "buyerName" -> BookingSort.BUYER;
            case "total" -> BookingSort.TOTAL;
            default -> BookingSort.NEWEST;
        };
    }

    public void apply() {
        // The table reads the filters anew when it is rendered again.
    }

    public void clear() {
        filters.clear();
    }

    public String getPageReport() {
        return model.more ? "{startRecord}–{endRecord} / " + BookingPage.COUNT_LIMIT + "+" : "{startRecord}–{endRecord} / {totalRecords}";
    }

    public LazyDataModel<BookingRow> getModel() {
        return model;
    }

    public BookingFilters getFilters() {
        return filters;
    }

    public List<BookingState> getStates() {
        return List.of(BookingState.values());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<AdminCatalogue.WorkshopChoice> getWorkshops() {
        if (workshops == null) {
            workshops = catalogue.workshopChoices();
        }
        return workshops;
    }

    BookingFilter filter() {
        return filters.toFilter();
    }
}
