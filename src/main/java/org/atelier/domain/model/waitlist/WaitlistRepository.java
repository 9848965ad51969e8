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

    /** Where a waiting entry stands in its line, from 1; the people before it are still waiting. */
    int placeOf(WaitlistEntry entry);

    /** A session's entries, in the order they joined, for the admin's list. */
    List<WaitlistEntry> findBySession(long sessionId);

    /** The offers of a session whose held booking lapsed (expired, or declined) unpaid: their bookings' ids. */
    List<Long> lapsedOffers(long sessionId);
}
