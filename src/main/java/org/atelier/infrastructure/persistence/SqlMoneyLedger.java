package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.admin.read.MoneyLedger;
import org.atelier.domain.model.shared.Money;

import java.util.List;

/** The money page's lists, 200 rows each, in one query per list. */
@ApplicationScoped
public class SqlMoneyLedger implements MoneyLedger {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    public List<MoneyLine> payments() {
        return lines("""
                select p.id, b.reference, coalesce(p.provider_payment_id, p.checkout_id), p.amount, p.currency, p.status,
                       p.provider, p.paid_at, false
                from payment p join booking b on b.id = p.booking_id order by p.paid_at desc limit 200""");
    }

    @Override
    public List<MoneyLine> refunds() {
        return lines("""
                select r.id, b.reference, r.provider_refund_id, r.amount, r.currency, r.status,
                       coalesce(r.failure_reason, r.reason), r.created_at,
                       r.status = 'FAILED' and r.retried_by is null
                from refund r join booking b on b.id = r.booking_id
                order by (r.status = 'FAILED') desc, r.created_at desc limit 200""");
    }

    @Override
    public List<MoneyLine> disputes() {
        return lines("""
                select 0, b.reference, d.id, d.amount, d.currency, coalesce(d.outcome, d.status), d.reason,
                       coalesce(d.evidence_due_by, d.created_at), false
                from dispute d join booking b on b.id = d.booking_id order by d.created_at desc limit 200""");
    }

    @SuppressWarnings("unchecked")
    private List<MoneyLine> lines(String sql) {
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new MoneyLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Money.of(((Number) r[3]).longValue(), r[4].toString().strip()), (String) r[5], (String) r[6],
                SqlTimes.instant(r[7]), (Boolean) r[8])).toList();
    }
}
