package org.atelier.application.calendar;

import java.time.Instant;
import java.util.List;

/** The events we keep in a host's calendar: one per booking, under an id of our choosing. */
public interface HostCalendar {

    /** What the host sees for a booking. */
    record Entry(String eventId, String summary, String description, String location, Instant start, Instant end) {
    }

    /** Adds the event, or brings it up to date when it is there already (a retried send). */
    void put(String accessToken, String calendarId, Entry entry);

    /** Removes the event; one that is gone already is fine. */
    void remove(String accessToken, String calendarId, String eventId);

    /** A stretch of time the host's calendar says is taken (only that: no titles, no details). */
    record Busy(Instant start, Instant end) {

        public boolean overlaps(Instant from, Instant until) {
            return start.isBefore(until) && end.isAfter(from);
        }
    }

    /** The busy stretches between {@code from} and {@code until}. */
    List<Busy> busy(String accessToken, String calendarId, Instant from, Instant until);
}
