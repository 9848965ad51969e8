/** Hosts' calendars (ports {@code HostCalendar}, {@code CalendarAccess}) and the sessions a host runs. */
package org.atelier.application.calendar;
