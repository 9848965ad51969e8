package org.atelier.domain.model.booking;

/** Whether the people of a booking came to their session. */
public enum Attendance {
    ATTENDED,
    NO_SHOW
}
