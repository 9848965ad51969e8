package org.atelier.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.atelier.infrastructure.persistence.SearchPrefix;
import org.atelier.infrastructure.persistence.SqlTimes;

import java.time.Instant;
import java.util.List;

/** The trail: admin actions, and every event a payment provider sent, newest first, searchable. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminAudit {

    private static final int LIMIT = 200;

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    public record AdminAction(Instant at, String actor, String action, String subject, String subjectId, String before,
                              String after, String reason) {
    }

    public record ProviderEvent(Instant at, String provider, String type, String eventId, String reference) {
    }

    /** Actions whose actor, action or subject starts with {@code search} (any case); all when empty. */
    @SuppressWarnings("unchecked")
    public List<AdminAction> actions(String search) {
        List<Object[]> rows = em.createNativeQuery("""
                        select at, actor, action, subject, subject_id, before_text, after_text, reason from audit_event
                        where ?1 = '' or lower(actor) like ?2 or lower(action) like ?2 or lower(subject_id) like ?2
                        order by at desc, id desc limit ?3""")
                .setParameter(1, SearchPrefix.normal(search)).setParameter(2, SearchPrefix.of(search)).setParameter(3, LIMIT)
                .getResultList();
        return rows.stream().map(r -> new AdminAction(SqlTimes.instant(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    @SuppressWarnings("unchecked")
    public List<ProviderEvent> providerEvents(String search) {
        List<Object[]> rows = em.createNativeQuery("""
                        select received_at, provider, type, event_id, reference from payment_event
                        where ?1 = '' or lower(type) like ?2 or lower(event_id) like ?2 or lower(reference) like ?2
                        order by received_at desc limit ?3""")
                .setParameter(1, SearchPrefix.normal(search)).setParameter(2, SearchPrefix.of(search)).setParameter(3, LIMIT)
                .getResultList();
        return rows.stream().map(r -> new ProviderEvent(SqlTimes.instant(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }
}
