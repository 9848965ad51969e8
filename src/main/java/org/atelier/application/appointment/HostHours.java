package org.atelier.application.appointment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.appointment.HostAvailability;
import org.atelier.domain.model.appointment.HostAvailability.Hours;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.shared.PlainText;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases: a host keeps their working hours (per weekday, breaks as gaps), buffers and grid, and
 * says when they are away. {@code hostAccountId} is the signed-in host's own, set by the caller
 * from the security context. Appointments made keep their time: hours only shape what is offered next.
 */
@Stateless
public class HostHours {

    /** The longest absence said at once: a year. */
    static final int LONGEST_ABSENCE_DAYS = 366;

    @Inject
    HostHoursStore store;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId workspaceZone;

    public Optional<HostAvailability> weekOf(long hostAccountId) {
        return store.weekOf(hostAccountId);
    }

    public void keep(long hostAccountId, Map<DayOfWeek, List<Hours>> weekly, int bufferBefore, int bufferAfter, int interval) {
        if (bufferBefore < 0 || bufferBefore > 240 || bufferAfter < 0 || bufferAfter > 240) {
            throw new BookingException("hours.buffer.invalid");
        }
        if (interval < 5 || interval > 240) {
            throw new BookingException("hours.interval.invalid");
        }
        ZoneId zone = store.weekOf(hostAccountId).map(HostAvailability::zone).orElse(workspaceZone);
        HostAvailability week;
        try {
            week = new HostAvailability(zone, weekly, Map.of(), Duration.ofMinutes(bufferBefore),
                    Duration.ofMinutes(bufferAfter), Duration.ofMinutes(interval));
        } catch (IllegalArgumentException overlapping) {
            throw new BookingException("hours.overlap");
        }
        store.keep(hostAccountId, week, clock.instant());
    }

    /** Away from the start of {@code from} to the end of {@code until}, on the host's clock. */
    public void away(long hostAccountId, LocalDate from, LocalDate until, String reason) {
        if (from == null || until == null || until.isBefore(from)) {
            throw new BookingException("absence.dates.invalid");
        }
        if (until.isAfter(from.plusDays(LONGEST_ABSENCE_DAYS))) {
            throw new BookingException("absence.tooLong", LONGEST_ABSENCE_DAYS);
        }
        String said = reason == null ? "" : reason.strip();
        if (said.length() > 160) {
            throw new BookingException("absence.reason.invalid");
        }
        PlainText.requireLine(said, "absence.reason.invalid");
        ZoneId zone = store.weekOf(hostAccountId).map(HostAvailability::zone)
                .orElseThrow(() -> new BookingException("absence.noHours"));
        Instant now = clock.instant();
        Instant end = until.plusDays(1).atStartOfDay(zone).toInstant();
        if (!end.isAfter(now)) {
            throw new BookingException("absence.past");
        }
        store.addAbsence(hostAccountId, from.atStartOfDay(zone).toInstant(), end, said, now);
    }

    public void back(long hostAccountId, long absenceId) {
        if (!store.removeAbsence(hostAccountId, absenceId)) {
            throw new NotFoundException("absence.unknown");
        }
    }

    public List<HostHoursStore.Absence> absencesOf(long hostAccountId) {
        return store.absencesOf(hostAccountId, clock.instant());
    }
}
