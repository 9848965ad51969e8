package org.atelier.application.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Use case: a host opens their account and sees the sessions they run, with who comes, whether or
 * not a calendar is connected. From the start of today's sessions (one that began an hour ago is
 * still on) to eight weeks ahead.
 */
@Stateless
public class HostScheduleService {

    private static final Duration BEHIND = Duration.ofHours(12);
    private static final Duration AHEAD = Duration.ofDays(56);

    @Inject
    HostSchedule schedule;

    @Inject
    Clock clock;

    public List<HostSchedule.HostedSession> upcomingFor(long hostAccountId) {
        Instant now = clock.instant();
        return schedule.sessionsOf(hostAccountId, now.minus(BEHIND), now.plus(AHEAD));
    }
}
