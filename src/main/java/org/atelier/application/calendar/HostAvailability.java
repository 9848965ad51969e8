package org.atelier.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.workshop.Workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a workshop's host is free at the times a session would take, as the host's own Google
 * Calendar says (free/busy only). A host without a working calendar connection is taken as free.
 */
@ApplicationScoped
public class HostAvailability {

    @Inject
    HostTokens tokens;

    @Inject
    HostCalendar calendar;

    /** The first of {@code starts} at which the host is busy for the workshop's length; empty when free at all. */
    public Optional<Instant> firstClash(Workshop workshop, List<Instant> starts) {
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        Optional<HostTokens.Access> host = tokens.forWorkshop(workshop);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Duration length = workshop.duration();
        Instant from = starts.stream().min(Comparator.naturalOrder()).orElseThrow();
        Instant until = starts.stream().max(Comparator.naturalOrder()).orElseThrow().plus(length);
        List<HostCalendar.Busy> busy;
        try {
            busy = calendar.busy(host.get().accessToken(), host.get().calendarId(), from, until);
        } catch (IllegalStateException unreachable) {
            throw new BookingException("session.hostCalendarUnreachable");
        }
        return starts.stream().sorted()
                .filter(start -> busy.stream().anyMatch(b -> b.overlaps(start, start.plus(length))))
                .findFirst();
    }
}
