package org.atelier.application.port;

import java.time.Instant;

/**
 * The trail of admin actions: who did what to which thing, when, what it was before and after,
 * and why. Written in the caller's transaction, so an action and its trail commit together.
 */
public interface AuditTrail {

    /** One admin action; {@code bookingId} is set when it concerns a booking, for its timeline. */
    record Entry(String actor, String action, String subject, String subjectId, Long bookingId,
                 String before, String after, String reason) {
    }

    void record(Entry entry, Instant at);
}
