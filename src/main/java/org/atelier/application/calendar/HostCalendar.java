package org.atelier.application.calendar;

import java.time.Instant;

/** The events we keep in a host's calendar: one per booking, under an id of our choosing. */
public interface HostCalendar {

    /** What the host sees for a booking. */
    record Entry(String eventId, String summary, String description, String location, Instant start, Instant end) {
    }

    /** Adds the event, or brings it up to date when it is there already (a retried send). */
    void put(String accessToken, String calendarId, Entry entry);

    /** Removes the event; one that is gone already is fine. */
    void remove(String accessToken, String calendarId, String eventId);
}
