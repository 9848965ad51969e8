package org.atelier.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.appointment.HostHours;
import org.atelier.application.appointment.HostHoursStore;
import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.appointment.HostAvailability.Hours;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.CurrentAccount;
import org.atelier.interfaces.web.Messages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The account page's "studio hours" for a host: their hours per weekday as typed
 * ("09:00-12:30, 13:30-18:00"; empty: not working), buffers and grid, and their absences. Each
 * change goes back to the page by a redirect, which says what changed.
 */
@Named
@RequestScoped
public class HostHoursBacking {

    private static final Pattern STRETCH = Pattern.compile("^\\s*(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})\\s*$");
    private static final Map<String, String> OUTCOMES = Map.of("kept", "hours.kept", "away", "absence.added",
            "back", "absence.removed");

    @Inject
    CurrentAccount current;

    @Inject
    HostHours hours;

    private final Map<String, String> days = new LinkedHashMap<>();
    private String bufferBefore = "0";
    private String bufferAfter = "0";
    private String interval = "30";
    private String awayFrom;
    private String awayUntil;
    private String awayReason;
    private List<HostHoursStore.Absence> absences;

    @PostConstruct
    void fill() {
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name(), "");
        }
        if (!isHost()) {
            return;
        }
        hours.weekOf(current.id()).ifPresent(week -> {
            week.weekly().forEach((day, stretches) -> days.put(day.name(), stretches.stream()
                    .map(stretch -> stretch.from() + "-" + stretch.until()).collect(Collectors.joining(", "))));
            bufferBefore = String.valueOf(week.bufferBefore().toMinutes());
            bufferAfter = String.valueOf(week.bufferAfter().toMinutes());
            interval = String.valueOf(week.interval().toMinutes());
        });
    }

    /** Says what the last change did (?hours=...). */
    public void load() {
        String said = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("hours");
        String outcome = said == null ? null : OUTCOMES.get(said);
        if (outcome != null && isHost()) {
            Messages.info("hoursForm", outcome);
        }
    }

    public boolean isHost() {
        return current.get().map(signedIn -> signedIn.roles().contains(Role.HOST)).orElse(false);
    }

    public String keep() {
        if (!isHost()) {
            return null;
        }
        Map<DayOfWeek, List<Hours>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            Optional<List<Hours>> stretches = stretches(days.get(day.name()));
            if (stretches.isEmpty()) {
                Messages.error("hoursForm", "hours.format.invalid", Messages.text(FacesContext.getCurrentInstance(),
                        "weekday." + day.name()));
                return null;
            }
            if (!stretches.get().isEmpty()) {
                weekly.put(day, stretches.get());
            }
        }
        try {
            hours.keep(current.id(), weekly, minutes(bufferBefore, "hours.buffer.invalid"),
                    minutes(bufferAfter, "hours.buffer.invalid"), minutes(interval, "hours.interval.invalid"));
            return "/account.xhtml?faces-redirect=true&hours=kept";
        } catch (BookingException e) {
            Messages.error("hoursForm", e);
            return null;
        }
    }

    public String away() {
        if (!isHost()) {
            return null;
        }
        try {
            hours.away(current.id(), date(awayFrom), date(awayUntil == null || awayUntil.isBlank() ? awayFrom : awayUntil),
                    awayReason);
            return "/account.xhtml?faces-redirect=true&hours=away";
        } catch (BookingException e) {
            Messages.error("absenceForm", e);
            return null;
        }
    }

    public String back(long absenceId) {
        try {
            hours.back(current.id(), absenceId);
            return "/account.xhtml?faces-redirect=true&hours=back";
        } catch (BookingException e) {
            Messages.error("absenceForm", e);
            return null;
        }
    }

    /** "09:00-12:30, 13:30-18:00" as stretches; empty text is a day off; empty answer: not readable. */
    static Optional<List<Hours>> stretches(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(List.of());
        }
        List<Hours> stretches = new ArrayList<>();
        for (String part : Arrays.asList(typed.split(","))) {
            Matcher stretch = STRETCH.matcher(part);
            try {
                if (!stretch.matches()) {
                    return Optional.empty();
                }
                stretches.add(new Hours(LocalTime.parse(pad(stretch.group(1))), LocalTime.parse(pad(stretch.group(2)))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(stretches);
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static int minutes(String typed, String messageKey) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new BookingException(messageKey);
        }
    }

    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw new BookingException("absence.dates.invalid");
        }
    }

    public List<HostHoursStore.Absence> getAbsences() {
        if (absences == null) {
            absences = isHost() ? hours.absencesOf(current.id()) : List.of();
        }
        return absences;
    }

    public List<String> getDayNames() {
        return List.copyOf(days.keySet());
    }

    public Map<String, String> getDays() {
        return days;
    }

    public String getBufferBefore() {
        return bufferBefore;
    }

    public void setBufferBefore(String bufferBefore) {
        this.bufferBefore = bufferBefore;
    }

    public String getBufferAfter() {
        return bufferAfter;
    }

    public void setBufferAfter(String bufferAfter) {
        this.bufferAfter = bufferAfter;
    }

    public String getInterval() {
        return interval;
    }

    public void setInterval(String interval) {
        this.interval = interval;
    }

    public String getAwayFrom() {
        return awayFrom;
    }

    public void setAwayFrom(String awayFrom) {
        this.awayFrom = awayFrom;
    }

    public String getAwayUntil() {
        return awayUntil;
    }

    public void setAwayUntil(String awayUntil) {
        this.awayUntil = awayUntil;
    }

    public String getAwayReason() {
        return awayReason;
    }

    public void setAwayReason(String awayReason) {
        this.awayReason = awayReason;
    }
}
