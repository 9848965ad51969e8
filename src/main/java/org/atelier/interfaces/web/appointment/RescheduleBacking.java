package org.atelier.interfaces.web.appointment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.appointment.AppointmentReschedule;
import org.atelier.application.appointment.FreeSlot;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.book.BookingBacking;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The booking page's "change the time" step for an appointment: the next free times of its
 * service, until the booking's terms allow a move. The time is sent as a plain value, so one taken
 * since the page was drawn reaches the move, which says so and offers the next ones.
 */
@Named
@ViewScoped
public class RescheduleBacking implements Serializable {

    private static final Pattern SLOT = Pattern.compile("^(\\d{1,12})-(\\d{1,18})$");

    @Inject
    BookingBacking page;

    @Inject
    AppointmentReschedule reschedule;

    @Inject
    DisplayFormat format;

    private transient Optional<Instant> until;
    private transient List<FreeSlot> choices;

    public Optional<Instant> getUntil() {
        if (until == null) {
            until = reschedule.movesUntil(page.getReference(), page.getToken());
        }
        return until;
    }

    public boolean isOffered() {
        return getUntil().isPresent();
    }

    public List<FreeSlot> getChoices() {
        if (choices == null) {
            choices = reschedule.choices(page.getReference(), page.getToken());
        }
        return choices;
    }

    public String keyOf(FreeSlot free) {
        return ServiceBacking.keyOf(free);
    }

    public void move() {
        String sent = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("rescheduleTo");
        Matcher slot = sent == null ? null : SLOT.matcher(sent);
        try {
            if (slot == null || !slot.matches()) {
                throw new BookingException("appointment.start.invalid");
            }
            reschedule.reschedule(page.getReference(), page.getToken(), Instant.ofEpochSecond(Long.parseLong(slot.group(1))),
                    Long.parseLong(slot.group(2)));
            page.refresh();
            Messages.info(null, "reschedule.done", format.longDateTime(page.getBooking().startsAt()));
        } catch (BookingException e) {
            Messages.error("bookingPage:reschedule", e);
            page.refresh();
        }
        until = null;
        choices = null;
    }
}
