package org.atelier.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.port.AuditTrail;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The trail of admin actions: who did what to which thing, when, what it was before and after,
 * and why. Written in the caller's transaction, so an action and its trail commit together.
 */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    public void record(Entry entry, Instant at) {
        em.createNativeQuery("""
                        insert into audit_event (at, actor, action, subject, subject_id, booking_id, before_text,
                            after_text, reason)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint), ?7, ?8, ?9)""")
                .setParameter(1, at.atOffset(ZoneOffset.UTC))
                .setParameter(2, entry.actor())
                .setParameter(3, entry.action())
                .setParameter(4, entry.subject())
                .setParameter(5, entry.subjectId())
                .setParameter(6, entry.bookingId())
                .setParameter(7, entry.before())
                .setParameter(8, entry.after())
                .setParameter(9, entry.reason())
                .executeUpdate();
    }
}
