package org.atelier.application.admin.read;

import java.time.Instant;
import java.util.List;

/** The trail as read from the database: admin actions and providers' events, newest first. */
public interface AuditSearch {

    record AdminAction(Instant at, String actor, String action, String subject, String subjectId, String before,
                       String after, String reason) {
    }

    record ProviderEvent(Instant at, String provider, String type, String eventId, String reference) {
    }

    /** Actions whose actor, action or subject starts with {@code search} (any case); all when empty. */
    List<AdminAction> actions(String search, int limit);

    /** Events whose type, id or booking reference starts with {@code search} (any case); all when empty. */
    List<ProviderEvent> providerEvents(String search, int limit);
}
