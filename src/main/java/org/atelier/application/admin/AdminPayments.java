package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.RefundService;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.payment.RefundStatus;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.infrastructure.audit.AuditLog;
import org.atelier.infrastructure.persistence.SqlTimes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Use cases of the admin's money page: payments, refunds (a failed one can be asked again) and disputes. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminPayments {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundService refundService;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One payment, refund or dispute; {@code retriable}: a failed refund nobody has asked for again. */
    public record MoneyLine(long id, String reference, String providerId, Money amount, String status, String note,
                            Instant at, boolean retriable) {

        public boolean isRetried() {
            return "FAILED".equals(status) && !retriable;
        }
    }

    public List<MoneyLine> payments() {
        return lines("""
                select p.id, b.reference, coalesce(p.provider_payment_id, p.checkout_id), p.amount, p.currency, p.status,
                       p.provider, p.paid_at, false
                from payment p join booking b on b.id = p.booking_id order by p.paid_at desc limit 200""");
    }

    public List<MoneyLine> refunds() {
        return lines("""
                select r.id, b.reference, r.provider_refund_id, r.amount, r.currency, r.status,
                       coalesce(r.failure_reason, r.reason), r.created_at,
                       r.status = 'FAILED' and r.retried_by is null
                from refund r join booking b on b.id = r.booking_id
                order by (r.status = 'FAILED') desc, r.created_at desc limit 200""");
    }

    public List<MoneyLine> disputes() {
        return lines("""
                select 0, b.reference, d.id, d.amount, d.currency, coalesce(d.outcome, d.status), d.reason,
                       coalesce(d.evidence_due_by, d.created_at), false
                from dispute d join booking b on b.id = d.booking_id order by d.created_at desc limit 200""");
    }

    /**
     * Asks the provider again for the amount of a refund that failed, as a new refund, once: when
     * two admins retry the same refund at once, the second is refused and nothing of it is kept.
     */
    public long retryRefund(long refundId) {
        Refund failed = refunds.findById(refundId).orElseThrow(() -> new NotFoundException("refund.unknown"));
        if (failed.status() != RefundStatus.FAILED) {
            throw new BookingException("refund.notFailed");
        }
        String reference = (String) em.createNativeQuery("select reference from booking where id = ?1")
                .setParameter(1, failed.bookingId()).getSingleResult();
        long id = refundService.refund(reference, OptionalLong.of(failed.amount().amount()), failed.reason(),
                caller.getCallerPrincipal().getName());
        if (!refunds.markRetried(failed, refunds.findById(id).orElseThrow())) {
            throw new BookingException("refund.alreadyRetried");
        }
        audit.record(new AuditLog.Entry(caller.getCallerPrincipal().getName(), "RETRY_REFUND", "BOOKING", reference,
                failed.bookingId(), Long.toString(refundId), Long.toString(id), failed.reason()), clock.instant());
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<MoneyLine> lines(String sql) {
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new MoneyLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Money.of(((Number) r[3]).longValue(), r[4].toString().strip()), (String) r[5], (String) r[6],
                SqlTimes.instant(r[7]), (Boolean) r[8])).toList();
    }
}
