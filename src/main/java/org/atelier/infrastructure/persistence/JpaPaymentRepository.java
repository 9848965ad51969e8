package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentReport;
import org.atelier.domain.model.payment.PaymentRepository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<Payment> findByCheckout(String provider, String checkoutId) {
        return em.createQuery("select p from Payment p where p.provider = :provider and p.checkoutId = :checkout",
                        Payment.class)
                .setParameter("provider", provider)
                .setParameter("checkout", checkoutId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Payment> findByBooking(long bookingId) {
        return em.createQuery("select p from Payment p where p.booking.id = :booking order by p.paidAt", Payment.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }

    @Override
    public Optional<Payment> findByProviderPaymentId(String provider, String providerPaymentId) {
        return em.createQuery(
                        "select p from Payment p where p.provider = :provider and p.providerPaymentId = :id", Payment.class)
                .setParameter("provider", provider)
                .setParameter("id", providerPaymentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Payment payment) {
        em.persist(payment);
    }

    @Override
    public boolean recordEvent(PaymentReport report, Instant now) {
        return em.createNativeQuery("""
                        insert into payment_event (provider, event_id, type, reference, received_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (provider, event_id) do nothing""")
                .setParameter(1, report.provider())
                .setParameter(2, report.eventId())
                .setParameter(3, report.eventType())
                .setParameter(4, report.reference())
                .setParameter(5, now.atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}
