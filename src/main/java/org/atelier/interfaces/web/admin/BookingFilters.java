package org.atelier.interfaces.web.admin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.read.BookingFilter;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The bookings table's filters, kept for the admin's session: leaving the table for a booking and
 * coming back finds them as they were. The period is in whole days of the workspace's zone.
 */
@Named("bookingFilters")
@SessionScoped
public class BookingFilters implements Serializable {

    @Inject
    @WorkspaceZone
    ZoneId zone;

    private String search;
    private BookingState state;
    private Long workshopId;
    private Long sessionId;
    private Role role;
    private List<LocalDate> period;

    public BookingFilter toFilter() {
        LocalDate from = period == null || period.isEmpty() ? null : period.get(0);
        LocalDate until = period == null || period.size() < 2 ? from : period.get(1);
        return new BookingFilter(state, workshopId, sessionId, from == null ? null : from.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(), role, search);
    }

    public void clear() {
        search = null;
        state = null;
        workshopId = null;
        sessionId = null;
        role = null;
        period = null;
    }

    public String getFromText() {
        return period == null || period.isEmpty() ? null : period.get(0).toString();
    }

    public String getUntilText() {
        return period == null || period.size() < 2 ? getFromText() : period.get(1).toString();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public BookingState getState() {
        return state;
    }

    public void setState(BookingState state) {
        this.state = state;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public void setWorkshopId(Long workshopId) {
        this.workshopId = workshopId;
    }

    /** Set from /admin/bookings?session=..., the link on each session of /admin/sessions. */
    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<LocalDate> getPeriod() {
        return period;
    }

    public void setPeriod(List<LocalDate> period) {
        this.period = period;
    }
}
