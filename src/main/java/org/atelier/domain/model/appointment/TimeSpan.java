package org.atelier.domain.model.appointment;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time, from {@code start} (included) to {@code end} (not included). */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A span ends after it starts: " + start + " to " + end);
        }
    }

    /** Whether the two share a moment; spans that only touch (one ends as the other starts) do not. */
    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeSpan other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }
}
