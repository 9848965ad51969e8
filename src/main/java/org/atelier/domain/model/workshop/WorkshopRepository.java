package org.atelier.domain.model.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface WorkshopRepository {

    Optional<Workshop> findBySlug(String slug);

    Optional<Workshop> findById(long id);

    /** The published workshops by title, each with its sessions still to come (soonest first), in one read. */
    List<Upcoming> findPublishedWithUpcomingSessions(Instant now);

    record Upcoming(Workshop workshop, List<Session> sessions) {

        public Upcoming {
            sessions = List.copyOf(sessions);
        }
    }

    boolean isCatalogueEmpty();

    void add(Workshop workshop);

    /** Every workshop, drafts and archived ones too, by status and then title: the admin's list. */
    List<Workshop> findAll();

    /** Writes pending changes now, so that a rule the database keeps (one slug per workshop) is judged here. */
    void flush();
}
