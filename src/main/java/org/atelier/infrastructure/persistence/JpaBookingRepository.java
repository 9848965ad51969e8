package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<Booking> findByReference(String reference) {
        return em.createQuery("select b from Booking b where b.reference = :reference", Booking.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Booking booking) {
        em.persist(booking);
    }
}
