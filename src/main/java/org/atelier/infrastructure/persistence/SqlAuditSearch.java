package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.admin.read.AuditSearch;

import java.util.List;

/** The tables {@code audit_event} and {@code payment_event}, searched by prefix. */
@ApplicationScoped
public class SqlAuditSearch implements AuditSearch {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<AdminAction> actions(String search, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select at, actor, action, subject, subject_id, before_text, after_text, reason from audit_event
                        where ?1 = '' or lower(actor) like ?2 or lower(action) like ?2 or lower(subject_id) like ?2
                        order by at desc, id desc limit ?3""")
                .setParameter(1, SearchPrefix.normal(search)).setParameter(2, SearchPrefix.of(search)).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new AdminAction(SqlTimes.instant(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ProviderEvent> providerEvents(String search, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select received_at, provider, type, event_id, reference from payment_event
                        where ?1 = '' or lower(type) like ?2 or lower(event_id) like ?2 or lower(reference) like ?2
                        order by received_at desc limit ?3""")
                .setParameter(1, SearchPrefix.normal(search)).setParameter(2, SearchPrefix.of(search)).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new ProviderEvent(SqlTimes.instant(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }
}
