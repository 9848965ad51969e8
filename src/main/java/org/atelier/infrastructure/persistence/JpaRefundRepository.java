package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.shared.Money;

import java.util.Optional;

@ApplicationScoped
public class JpaRefundRepository implements RefundRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<Refund> findById(long id) {
        return Optional.ofNullable(em.find(Refund.class, id));
    }

    @Override
    public Optional<Refund> findByProviderRefundId(String providerRefundId) {
        return em.createQuery("select r from Refund r where r.providerRefundId = :id", Refund.class)
                .setParameter("id", providerRefundId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public java.util.List<Refund> findByBooking(long bookingId) {
        return em.createQuery("select r from Refund r where r.bookingId = :booking order by r.createdAt", Refund.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }

    @Override
    public void add(Refund refund) {
        em.persist(refund);
    }

    // refunded_amount is only ever changed by these two conditional updates, never through the
    // Payment entity, so they need not touch its version.
    @Override
    public boolean reserve(Payment payment, Money amount) {
        return em.createNativeQuery("""
                        update payment set refunded_amount = refunded_amount + ?1
                        where id = ?2 and refunded_amount + ?1 <= amount""")
                .setParameter(1, amount.amount())
                .setParameter(2, payment.id())
                .executeUpdate() == 1;
    }

    @Override
    public boolean markRetried(Refund failed, Refund retry) {
        em.flush(); // the retry's row must exist before the failed one can name it
        return em.createNativeQuery("""
                        update refund set retried_by = ?1, version = version + 1
                        where id = ?2 and status = 'FAILED' and retried_by is null""")
                .setParameter(1, retry.id())
                .setParameter(2, failed.id())
                .executeUpdate() == 1;
    }

    @Override
    public void unreserve(Payment payment, Money amount) {
        em.createNativeQuery("""
                        update payment set refunded_amount = refunded_amount - ?1
                        where id = ?2 and refunded_amount >= ?1""")
                .setParameter(1, amount.amount())
                .setParameter(2, payment.id())
                .executeUpdate();
    }

    @Override
    public Money refundable(Payment payment) {
        Object left = em.createNativeQuery("select amount - refunded_amount from payment where id = ?1")
                .setParameter(1, payment.id())
                .getSingleResult();
        return Money.of(((Number) left).longValue(), payment.amount().currency());
    }

    @Override
    public long succeededAmount(long bookingId) {
        Object sum = em.createNativeQuery(
                        "select coalesce(sum(amount), 0) from refund where booking_id = ?1 and status = 'SUCCEEDED'")
                .setParameter(1, bookingId)
                .getSingleResult();
        return ((Number) sum).longValue();
    }
}
