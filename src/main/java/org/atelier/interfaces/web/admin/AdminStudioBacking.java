package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminStudio;
import org.atelier.domain.model.appointment.PlanningProfile;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs /admin/studio: the planning profiles as editable rows (times as 09:00, notice in hours,
 * days as ISO weekday numbers "1,2,3,4,5"), and putting a visitor in a segment by e-mail address.
 */
@Named
@ViewScoped
public class AdminStudioBacking implements Serializable {

    @Inject
    AdminStudio studio;

    /** One profile's fields as typed, by the profile's name. */
    public static class Row implements Serializable {
        private String length;
        private String earliest;
        private String latest;
        private String notice;
        private String daysAhead;
        private String days;
        private String suggestions;

        static Row of(PlanningProfile profile) {
            Row row = new Row();
            row.length = String.valueOf(profile.length().toMinutes());
            row.earliest = profile.earliest().toString();
            row.latest = profile.latest().toString();
            row.notice = String.valueOf(profile.notice().toHours());
            row.daysAhead = String.valueOf(profile.daysAhead());
            row.days = profile.days().stream().sorted().map(day -> String.valueOf(day.getValue())).collect(Collectors.joining(","));
            row.suggestions = String.valueOf(profile.suggestions());
            return row;
        }

        PlanningProfile toProfile(String name) {
            try {
                Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
                Arrays.stream(days.split(",")).map(String::strip).map(day -> DayOfWeek.of(Integer.parseInt(day)))
                        .forEach(weekdays::add);
                return new PlanningProfile(name, Duration.ofMinutes(Long.parseLong(length.strip())),
                        LocalTime.parse(earliest.strip()), LocalTime.parse(latest.strip()),
                        Duration.ofHours(Long.parseLong(notice.strip())), Integer.parseInt(daysAhead.strip()), weekdays,
                        Integer.parseInt(suggestions.strip()));
            } catch (RuntimeException unreadable) {
                throw new BookingException("profile.invalid", name);
            }
        }

        public String getLength() {
            return length;
        }

        public void setLength(String length) {
            this.length = length;
        }

        public String getEarliest() {
            return earliest;
        }

        public void setEarliest(String earliest) {
            this.earliest = earliest;
        }

        public String getLatest() {
            return latest;
        }

        public void setLatest(String latest) {
            this.latest = latest;
        }

        public String getNotice() {
            return notice;
        }

        public void setNotice(String notice) {
            this.notice = notice;
        }

        public String getDaysAhead() {
            return daysAhead;
        }

        public void setDaysAhead(String daysAhead) {
            this.daysAhead = daysAhead;
        }

        public String getDays() {
            return days;
        }

        public void setDays(String days) {
            this.days = days;
        }

        public String getSuggestions() {
            return suggestions;
        }

        public void setSuggestions(String suggestions) {
            this.suggestions = suggestions;
        }
    }

    private List<String> names = List.of();
    private final Map<String, Row> rows = new HashMap<>();
    private String segmentEmail;
    private String segment;

    public void load() {
        List<PlanningProfile> profiles = studio.profiles();
        names = profiles.stream().map(PlanningProfile::name).toList();
        profiles.forEach(profile -> rows.put(profile.name(), Row.of(profile)));
    }

    public void save(String name) {
        try {
            studio.saveProfile(rows.get(name).toProfile(name));
            Messages.info(null, "profile.saved", name);
            load();
        } catch (BookingException e) {
            Messages.error(null, e);
        }
    }

    public void setVisitorSegment() {
        try {
            Optional<String> chosen = segment == null || segment.isBlank() ? Optional.empty() : Optional.of(segment);
            studio.setSegment(segmentEmail, chosen);
            Messages.info(null, "segment.saved", segmentEmail);
        } catch (BookingException e) {
            Messages.error(null, e);
        }
    }

    public List<String> getNames() {
        return names;
    }

    public Map<String, Row> getRows() {
        return rows;
    }

    public String getSegmentEmail() {
        return segmentEmail;
    }

    public void setSegmentEmail(String segmentEmail) {
        this.segmentEmail = segmentEmail;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }
}
