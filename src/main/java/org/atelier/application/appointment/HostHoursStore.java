package org.atelier.application.appointment;

import org.atelier.domain.model.appointment.HostAvailability;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where a host's working hours and absences are kept (a port: persistence writes them in SQL). */
public interface HostHoursStore {

    /** The host's weekly hours, buffers and grid (no date overrides); empty before they kept any. */
    Optional<HostAvailability> weekOf(long hostAccountId);

    /** Replaces the host's weekly hours, buffers, grid and zone. */
    void keep(long hostAccountId, HostAvailability week, Instant now);

    record Absence(long id, Instant from, Instant until, String reason) {
    }

    /** Absences that have not ended by {@code now}, soonest first. */
    List<Absence> absencesOf(long hostAccountId, Instant now);

    void addAbsence(long hostAccountId, Instant from, Instant until, String reason, Instant now);

    /** Answers whether the host had that absence. */
    boolean removeAbsence(long hostAccountId, long absenceId);
}
