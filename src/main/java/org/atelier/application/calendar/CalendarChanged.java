package org.atelier.application.calendar;

/** A host connected or disconnected their calendar: what was read of it before no longer holds. */
public record CalendarChanged(long hostAccountId) {
}
