package org.atelier.domain.model.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a segment of visitors may book: how long a session lasts, between which hours of the day
 * it may lie, how much notice the host needs, how many days ahead one may book, on which days,
 * and how many free slots the page suggests first.
 */
public record PlanningProfile(String name, Duration length, LocalTime earliest, LocalTime latest, Duration notice,
                              int daysAhead, Set<DayOfWeek> days, int suggestions) {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    public static final PlanningProfile NEW = new PlanningProfile("new", Duration.ofMinutes(60), LocalTime.of(10, 0),
            LocalTime.of(20, 0), Duration.ofHours(12), 10, WEEKDAYS, 6);
    public static final PlanningProfile EXISTING = new PlanningProfile("existing", Duration.ofMinutes(60),
            LocalTime.of(9, 0), LocalTime.of(21, 0), Duration.ofHours(6), 14, WEEKDAYS, 6);
    public static final PlanningProfile WEEKEND_ONLY = new PlanningProfile("weekend", Duration.ofMinutes(60),
            LocalTime.of(10, 0), LocalTime.of(18, 0), Duration.ofHours(3), 7, WEEKEND, 6);
    public static final PlanningProfile PREMIUM = new PlanningProfile("premium", Duration.ofMinutes(90),
            LocalTime.of(8, 0), LocalTime.of(22, 0), Duration.ofHours(4), 21, EnumSet.allOf(DayOfWeek.class), 15);

    public PlanningProfile {
        days = Set.copyOf(days);
        if (length.isNegative() || length.isZero() || notice.isNegative() || daysAhead < 0 || suggestions < 1
                || !latest.isAfter(earliest) || days.isEmpty()) {
            throw new IllegalArgumentException("Not a planning profile: " + name);
        }
    }

    /** The same profile for slots of another length: a service lasts as long as it lasts. */
    public PlanningProfile lasting(Duration slotLength) {
        return new PlanningProfile(name, slotLength, earliest, latest, notice, daysAhead, days, suggestions);
    }
}
