package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.calendar.CalendarConnection;
import org.atelier.domain.model.calendar.CalendarConnectionRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaCalendarConnectionRepository implements CalendarConnectionRepository {

    @PersistenceContext(unitName = "atelier")
    private EntityManager em;

    @Override
    public Optional<CalendarConnection> findByAccount(long accountId) {
        return em.createQuery("select c from CalendarConnection c where c.accountId = :account and c.provider = :provider",
                        CalendarConnection.class)
                .setParameter("account", accountId)
                .setParameter("provider", CalendarConnection.GOOGLE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(CalendarConnection connection) {
        em.persist(connection);
        em.flush();
    }

    @Override
    public void remove(CalendarConnection connection) {
        em.remove(connection);
    }
}
