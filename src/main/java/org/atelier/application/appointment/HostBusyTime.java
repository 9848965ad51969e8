package org.atelier.application.appointment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.atelier.application.calendar.CalendarChanged;
import org.atelier.domain.model.appointment.TimeSpan;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Busy time from hosts' connected calendars, kept per host for a short while so that no page
 * waits on Google. A host's calendar is read for the whole stretch anyone can book
 * ({@link #HORIZON}) at once; a page waits at most {@code atelier.busy-time-wait-ms} for a fresh
 * answer and otherwise goes on with what is known (and says so) while the read finishes for the
 * next visitor. One read per host is in flight at a time. Each instance keeps its own copy; the
 * instance where a host connects or disconnects forgets its copy at once, the others within the TTL.
 */
@ApplicationScoped
public class HostBusyTime {

    private static final Logger LOG = Logger.getLogger(HostBusyTime.class.getName());

    /**
     * How far ahead a host's calendar is read: a quarter of a year. A window beyond it is answered
     * without the calendar, and says so.
     */
    static final Duration HORIZON = Duration.ofDays(92);

    /** A calendar that did not answer is asked again after this long, not by every page. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    @Inject
    HostCalendarReads calendars;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** How long a host's busy time is taken as current. */
    @Inject
    @ConfigProperty(name = "atelier.busy-time-ttl-seconds", defaultValue = "60")
    int ttlSeconds;

    /** How long a page waits for a calendar that is not current before answering without it. */
    @Inject
    @ConfigProperty(name = "atelier.busy-time-wait-ms", defaultValue = "800")
    int waitMillis;

    /** What a host's calendar said, and when; {@code spans} is empty for a host without a calendar. */
    private record Reading(Instant readAt, Instant from, Instant until, List<TimeSpan> spans, boolean failed) {
    }

    private final Map<Long, Reading> readings = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Reading>> reads = new ConcurrentHashMap<>();

    /** What is known of these hosts' calendars between {@code from} and {@code until}. */
    public record Known(Map<Long, List<TimeSpan>> spans, boolean behind) {

        public List<TimeSpan> of(long hostAccountId) {
            return spans.getOrDefault(hostAccountId, List.of());
        }
    }

    public Known busy(Collection<Long> hostAccountIds, Instant from, Instant until) {
        Instant now = clock.instant();
        Map<Long, List<TimeSpan>> spans = new HashMap<>();
        boolean behind = false;
        for (long host : hostAccountIds) {
            Reading reading = current(host, now);
            if (reading == null || reading.failed() || !covers(reading, from, until)) {
                behind = true;
            }
            if (reading != null) {
                spans.put(host, reading.spans().stream()
                        .filter(span -> span.start().isBefore(until) && span.end().isAfter(from)).toList());
            }
        }
        return new Known(spans, behind);
    }

    /** Forgets what was read of a host's calendar once they connected or disconnected it. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        readings.remove(change.hostAccountId());
    }

    private Reading current(long host, Instant now) {
        Reading known = readings.get(host);
        Duration fresh = known != null && known.failed() ? RETRY_AFTER : Duration.ofSeconds(ttlSeconds);
        if (known != null && known.readAt().plus(fresh).isAfter(now)) {
            return known;
        }
        CompletableFuture<Reading> read = reads.computeIfAbsent(host, id -> CompletableFuture
                .supplyAsync(() -> read(id, clock.instant()), executor)
                .whenComplete((reading, failure) -> {
                    if (reading != null) {
                        readings.put(id, reading);
                    }
                    reads.remove(id);
                }));
        try {
            return read.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return known;
        } catch (ExecutionException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the busy time of host " + host, e);
            return known;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return known;
        }
    }

    private Reading read(long host, Instant now) {
        Instant from = now.minus(Duration.ofDays(1));
        Instant until = now.plus(HORIZON);
        try {
            return new Reading(now, from, until, calendars.busy(host, from, until), false);
        } catch (RuntimeException unreachable) {
            LOG.log(Level.INFO, "Google Calendar of host {0} did not answer: {1}", new Object[]{host, unreachable.getMessage()});
            Reading previous = readings.get(host);
            return new Reading(now, from, until, previous == null ? List.of() : previous.spans(), true);
        }
    }

    private static boolean covers(Reading reading, Instant from, Instant until) {
        return !reading.from().isAfter(from) && !reading.until().isBefore(until);
    }
}
