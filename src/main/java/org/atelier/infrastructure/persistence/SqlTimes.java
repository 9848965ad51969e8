package org.atelier.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A {@code timestamptz} read by a native query, whichever Java type the driver and EclipseLink
 * hand back for it, as an {@link Instant}; and an instant as the parameter PostgreSQL expects.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("Not a point in time: " + value.getClass().getName());
    }

    public static OffsetDateTime parameter(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
