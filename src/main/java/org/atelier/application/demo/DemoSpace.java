package org.atelier.application.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What loading the demo needs from the database beyond the repositories: a part of the workspace
 * is locked while it is checked for emptiness and filled, so that two instances starting at once
 * load it once (the second waits, finds it filled and skips).
 */
public interface DemoSpace {

    /** Locks the workshops until the transaction ends. */
    void lockWorkshops();

    /** Locks the accounts until the transaction ends; answers whether there are neither accounts nor pricing rules. */
    boolean lockAccountsIfEmpty();

    /** Locks the bookings until the transaction ends; answers whether there are none. */
    boolean lockBookingsIfEmpty();

    /** Writes pending changes now, so that what follows reads them. */
    void flush();

    /** The analytics' daily roll-up starts again from the first day: old days were added. */
    void rebuildAnalytics();

    /** Whether any service is offered (the workshops' table is locked already). */
    boolean hasServices();

    /** From when until when on a working day. */
    record Stretch(LocalTime from, LocalTime until) {
    }

    /** A host keeps these hours on these days, on the clock of {@code zone}, with buffers and grid in minutes. */
    void keepHours(long hostAccountId, ZoneId zone, int bufferBefore, int bufferAfter, int interval, List<DayOfWeek> days,
                   List<Stretch> stretches);

    void absence(long hostAccountId, Instant from, Instant until, String reason);

    /** The hosts give the service. */
    void offer(long serviceId, List<Long> hostAccountIds);
}
