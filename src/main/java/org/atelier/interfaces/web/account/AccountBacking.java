package org.atelier.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.BookingQueryService;
import org.atelier.application.calendar.HostCalendarService;
import org.atelier.application.calendar.HostSchedule;
import org.atelier.application.calendar.HostScheduleService;
import org.atelier.domain.model.account.Role;
import org.atelier.interfaces.web.CurrentAccount;
import org.atelier.interfaces.web.Messages;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs /account: the signed-in person's bookings and roles, and for a host the sessions they run
 * (with who comes) and their calendar connection.
 * A guest is asked to sign in first.
 */
@Named
@RequestScoped
public class AccountBacking {

    /** What Google's round trip ended in (?calendar=...), as a message for the host. */
    private static final Map<String, String> CALENDAR_OUTCOMES = Map.of("connected", "calendar.connected",
            "disconnected", "calendar.disconnected", "denied", "calendar.denied", "refused", "calendar.refused");

    @Inject
    CurrentAccount current;

    @Inject
    BookingQueryService queries;

    @Inject
    HostCalendarService calendars;

    @Inject
    HostScheduleService hostSchedule;

    private List<BookingQueryService.AccountBooking> bookings;
    private Optional<HostCalendarService.Connection> calendar;
    private List<HostSchedule.HostedSession> hostedSessions;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!current.isSignedIn()) {
            external.redirect(external.getRequestContextPath() + "/signin?next=/account");
            return;
        }
        String returned = external.getRequestParameterMap().get("calendar");
        String outcome = returned == null ? null : CALENDAR_OUTCOMES.get(returned);
        if ("calendar.connected".equals(outcome) || "calendar.disconnected".equals(outcome)) {
            Messages.info(null, outcome);
        } else if (outcome != null) {
            Messages.error(null, outcome);
        }
    }

    /** Back to the page by a redirect, so that a reload does not post again. */
    public String disconnectCalendar() {
        calendars.disconnect(current.id());
        return "/account.xhtml?faces-redirect=true&calendar=disconnected";
    }

    /** Read once per request, also when a form on the page was sent back with a message. */
    public List<BookingQueryService.AccountBooking> getBookings() {
        if (bookings == null) {
            bookings = current.isSignedIn() ? queries.findForAccount(current.id()) : List.of();
        }
        return bookings;
    }

    /** The roles beyond VISITOR, which every account has. */
    public List<Role> getRoles() {
        return current.get().map(signedIn -> signedIn.roles().stream().filter(role -> role != Role.VISITOR)
                .sorted().toList()).orElse(List.of());
    }

    public boolean isHost() {
        return getRoles().contains(Role.HOST);
    }

    /** The sessions a host runs, with who comes; read once per request. */
    public List<HostSchedule.HostedSession> getHostedSessions() {
        if (hostedSessions == null) {
            hostedSessions = isHost() ? hostSchedule.upcomingFor(current.id()) : List.of();
        }
        return hostedSessions;
    }

    /** Whether this page offers the calendar: to hosts, when Google is configured. */
    public boolean isCalendarOffered() {
        return isHost() && calendars.isAvailable();
    }

    /** Read once per request: the page asks for it several times. */
    public Optional<HostCalendarService.Connection> getCalendar() {
        if (calendar == null) {
            calendar = current.isSignedIn() ? calendars.connectionOf(current.id()) : Optional.empty();
        }
        return calendar;
    }
}
