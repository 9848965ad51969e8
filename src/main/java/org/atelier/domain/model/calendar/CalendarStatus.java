package org.atelier.domain.model.calendar;

public enum CalendarStatus {
    CONNECTED,
    /** Google refused the refresh token; the host has to grant access again. */
    RECONNECT_NEEDED
}
