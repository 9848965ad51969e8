package org.atelier.application.appointment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.atelier.application.appointment.StudioPlanning.Host;
import org.atelier.application.appointment.StudioPlanning.ServiceHosts;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.appointment.PlanningProfile;
import org.atelier.domain.model.appointment.SlotFinder;
import org.atelier.domain.model.appointment.TimeSpan;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a start the visitor picked is still free, judged under the host's row lock inside the
 * caller's transaction: the one rule a new appointment and a moved one both pass.
 */
@Dependent
public class SlotCheck {

    @Inject
    StudioPlanning planning;

    @Inject
    HostBusyTime calendars;

    @Inject
    AccountRepository accounts;

    /**
     * The first host (of the one asked for, or all in id order: the order their rows are locked
     * in, so no two holds wait on each other in a ring) for whom the profile offers the start and
     * who is still free then; {@code ownTime} is the time the booking being moved keeps now, which
     * does not stand in its own way. A start no host's hours or the profile allow is a bad request;
     * one that is allowed but taken is a lost race.
     */
    public Host firstFree(ServiceHosts service, Long hostAccountId, PlanningProfile profile, Instant start, Instant now,
                          Optional<TimeSpan> ownTime) {
        List<Host> hosts = hostAccountId == null
                ? service.hosts().stream().sorted(Comparator.comparingLong(Host::accountId)).toList()
                : List.of(service.host(hostAccountId).orElseThrow(() -> new NotFoundException("service.host.unknown")));
        requireWithinProfile(profile, hosts, start, now);
        Instant just = start.plusMillis(1);
        boolean offered = false;
        for (Host host : hosts) {
            if (SlotFinder.freeStarts(profile, host.availability(), List.of(), now, start, just).isEmpty()) {
                continue;
            }
            offered = true;
            accounts.lock(host.accountId());
            Instant end = start.plus(profile.length());
            List<TimeSpan> busy = new ArrayList<>(planning.busy(List.of(host.accountId()),
                    start.minus(Duration.ofDays(1)), end.plus(Duration.ofDays(1))).getOrDefault(host.accountId(), List.of()));
            ownTime.ifPresent(busy::remove);
            busy.addAll(calendars.busy(List.of(host.accountId()), start, end).of(host.accountId()));
            if (!SlotFinder.freeStarts(profile, host.availability(), busy, now, start, just).isEmpty()) {
                return host;
            }
        }
        if (!offered) {
            throw new BookingException("appointment.slot.outside");
        }
        throw new SlotTakenException();
    }

    /** The profile's own limits, named, so the visitor reads which one a time broke. */
    private static void requireWithinProfile(PlanningProfile profile, List<Host> hosts, Instant start, Instant now) {
        if (!start.isAfter(now)) {
            throw new BookingException("appointment.slot.past");
        }
        if (start.isBefore(now.plus(profile.notice()))) {
            throw new BookingException("appointment.slot.tooSoon", profile.notice().toHours());
        }
        ZoneId zone = hosts.isEmpty() ? ZoneOffset.UTC : hosts.get(0).availability().zone();
        if (LocalDate.ofInstant(start, zone).isAfter(LocalDate.ofInstant(now, zone).plusDays(profile.daysAhead()))) {
            throw new BookingException("appointment.slot.tooFar", profile.daysAhead());
        }
    }
}
