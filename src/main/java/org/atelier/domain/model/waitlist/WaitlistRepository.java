package org.atelier.domain.model.waitlist;

import java.util.List;
import java.util.Optional;

public interface WaitlistRepository {

    void add(WaitlistEntry entry);

    Optional<WaitlistEntry> findByReference(String reference);

    /** The entry, its row locked until the transaction ends. */
    Optional<WaitlistEntry> lockByReference(String reference);

    /** A session's waiting entries, first come first; their rows locked until the transaction ends. */
    List<WaitlistEntry> lockWaiting(long sessionId);

    /** Whether this address already waits for seats of the session. */
    boolean isWaiting(long sessionId, String email);

    /** Where a waiting entry stands in its line, from 1; the people before it are still waiting. */
    int placeOf(WaitlistEntry entry);

    /** A session's entries, in the order they joined, for the admin's list. */
    List<WaitlistEntry> findBySession(long sessionId);

    /** A session's offers whose held booking lapsed unpaid, their person not told yet: the bookings' ids. */
    List<Long> lapsedOffers(long sessionId);
}
