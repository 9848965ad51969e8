package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.admin.read.NeedsAttention;
import org.atelier.domain.model.shared.Money;

import java.util.List;

/** The overview's counts and lists of what needs a human, at most 50 rows each. */
@ApplicationScoped
public class SqlNeedsAttention implements NeedsAttention {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    public long pendingPayments() {
        return ((Number) em.createNativeQuery("select count(*) from booking where state = 'PAYMENT_PENDING'")
                .getSingleResult()).longValue();
    }

    @Override
    public long failedRefunds() {
        return ((Number) em.createNativeQuery("select count(*) from refund where status = 'FAILED' and retried_by is null")
                .getSingleResult()).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OpenDispute> openDisputes() {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, b.reference, d.amount, d.currency, d.reason, d.status, d.evidence_due_by
                        from dispute d join booking b on b.id = d.booking_id
                        where d.outcome is null order by d.evidence_due_by nulls last limit 50""").getResultList();
        return rows.stream().map(r -> new OpenDispute((String) r[0], (String) r[1],
                Money.of(((Number) r[2]).longValue(), r[3].toString().strip()), (String) r[4], (String) r[5],
                SqlTimes.instant(r[6]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StuckWork> stuckWork() {
        List<Object[]> rows = em.createNativeQuery("""
                        select o.id, o.kind, b.reference, o.attempts, o.last_error, o.next_attempt_at
                        from outbox_message o join booking b on b.id = o.booking_id
                        where o.sent_at is null and o.attempts > 0 order by o.next_attempt_at limit 50""").getResultList();
        return rows.stream().map(r -> new StuckWork(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], SqlTimes.instant(r[5]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CalendarTrouble> calendarTrouble() {
        List<Object[]> rows = em.createNativeQuery("""
                        select a.email, a.display_name, c.last_error, c.updated_at
                        from calendar_connection c join account a on a.id = c.account_id
                        where c.status = 'RECONNECT_NEEDED' order by c.updated_at limit 50""").getResultList();
        return rows.stream().map(r -> new CalendarTrouble((String) r[0], (String) r[1], (String) r[2],
                SqlTimes.instant(r[3]))).toList();
    }
}
