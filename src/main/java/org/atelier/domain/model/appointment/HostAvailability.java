package org.atelier.domain.model.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * When a host works, in their own zone: hours per weekday (a break is the gap between two
 * stretches), dates whose hours differ (an empty list: not working that day), the buffers they
 * keep before and after each appointment, and the grid start times fall on.
 */
public record HostAvailability(ZoneId zone, Map<DayOfWeek, List<Hours>> weekly, Map<LocalDate, List<Hours>> overrides,
                               Duration bufferBefore, Duration bufferAfter, Duration interval) {

    /** From {@code from} to {@code until} on the host's clock. */
    public record Hours(LocalTime from, LocalTime until) {

        public Hours {
            if (!until.isAfter(from)) {
                throw new IllegalArgumentException("Working hours end after they start: " + from + "-" + until);
            }
        }
    }

    public HostAvailability {
        weekly = Map.copyOf(weekly);
        overrides = Map.copyOf(overrides);
        weekly.values().forEach(HostAvailability::requireInOrder);
        overrides.values().forEach(HostAvailability::requireInOrder);
        if (bufferBefore.isNegative() || bufferAfter.isNegative() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Buffers are not negative and the interval is positive");
        }
    }

    /** A day's stretches come in order and do not overlap: the finder walks them once. */
    private static void requireInOrder(List<Hours> day) {
        for (int i = 1; i < day.size(); i++) {
            if (day.get(i).from().isBefore(day.get(i - 1).until())) {
                throw new IllegalArgumentException("Working hours overlap or are out of order: " + day);
            }
        }
    }

    /** The host's hours on {@code date}: its override when it has one, else its weekday's. */
    public List<Hours> hoursOn(LocalDate date) {
        return overrides.getOrDefault(date, weekly.getOrDefault(date.getDayOfWeek(), List.of()));
    }
}
