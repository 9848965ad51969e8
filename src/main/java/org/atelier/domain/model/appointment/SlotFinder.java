package org.atelier.domain.model.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The free start times of one host for one profile. A start is free when it lies on the host's
 * grid (every interval from the start of a stretch of working hours), on one of the profile's
 * days, with the whole slot inside the host's hours and the profile's hours of the day (both on
 * the host's clock, so a day when the clocks change keeps its hours), no sooner than the
 * profile's notice, on or before its last day ({@code daysAhead} after today), and with the slot
 * widened by the host's buffers clear of all that keeps them busy: appointments and holds (passed
 * in widened by their own buffers, as the database keeps them apart), absences, workshop sessions,
 * busy time from their calendar. Times are instants; showing them in the viewer's zone is the
 * page's business.
 */
public final class SlotFinder {

    private SlotFinder() {
    }

    /** The free starts from {@code from} (included) until {@code until} (not included), soonest first. */
    public static List<Instant> freeStarts(PlanningProfile profile, HostAvailability host, List<TimeSpan> busy,
                                           Instant now, Instant from, Instant until) {
        List<TimeSpan> taken = merged(busy);
        Instant earliest = now.plus(profile.notice());
        LocalDate today = LocalDate.ofInstant(now, host.zone());
        LocalDate last = today.plusDays(profile.daysAhead());
        LocalDate firstDay = LocalDate.ofInstant(from, host.zone());
        List<Instant> free = new ArrayList<>();
        int next = 0;
        for (LocalDate day = firstDay.isBefore(today) ? today : firstDay; !day.isAfter(last); day = day.plusDays(1)) {
            if (!day.atStartOfDay(host.zone()).toInstant().isBefore(until)) {
                break;
            }
            if (!profile.days().contains(day.getDayOfWeek())) {
                continue;
            }
            for (HostAvailability.Hours hours : host.hoursOn(day)) {
                LocalDateTime closes = day.atTime(hours.until().isBefore(profile.latest()) ? hours.until() : profile.latest());
                Instant windowEnd = instant(closes, host);
                for (LocalDateTime at = day.atTime(hours.from()); at.isBefore(closes); at = at.plus(host.interval())) {
                    Instant start = instant(at, host);
                    if (at.toLocalTime().isBefore(profile.earliest()) || start == null) {
                        continue;
                    }
                    Instant end = start.plus(profile.length());
                    if (windowEnd == null || end.isAfter(windowEnd)) {
                        break;
                    }
                    if (start.isBefore(earliest) || start.isBefore(from) || !start.isBefore(until)) {
                        continue;
                    }
                    TimeSpan widened = new TimeSpan(start.minus(host.bufferBefore()), end.plus(host.bufferAfter()));
                    while (next < taken.size() && !taken.get(next).end().isAfter(widened.start())) {
                        next++;
                    }
                    if (next == taken.size() || !taken.get(next).overlaps(widened)) {
                        free.add(start);
                    }
                }
            }
        }
        return free;
    }

    /** The first {@code profile.suggestions()} free starts: what the page offers before its calendar. */
    public static List<Instant> suggestions(PlanningProfile profile, HostAvailability host, List<TimeSpan> busy,
                                            Instant now) {
        List<Instant> all = freeStarts(profile, host, busy, now, now, now.plus(Duration.ofDays(profile.daysAhead() + 1L)));
        return all.subList(0, Math.min(profile.suggestions(), all.size()));
    }

    /** The instant of {@code local} on the host's clock; null for a time the clocks skip. */
    private static Instant instant(LocalDateTime local, HostAvailability host) {
        ZonedDateTime zoned = local.atZone(host.zone());
        return zoned.toLocalDateTime().equals(local) ? zoned.toInstant() : null;
    }

    /** Busy spans sorted and merged where they overlap or touch, so one pass over them suffices. */
    private static List<TimeSpan> merged(List<TimeSpan> busy) {
        List<TimeSpan> sorted = new ArrayList<>(busy);
        sorted.sort(Comparator.comparing(TimeSpan::start));
        List<TimeSpan> merged = new ArrayList<>();
        for (TimeSpan span : sorted) {
            TimeSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new TimeSpan(last.start(), span.end().isAfter(last.end()) ? span.end() : last.end()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
