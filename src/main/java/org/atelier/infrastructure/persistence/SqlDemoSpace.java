package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.demo.DemoSpace;

/** Table locks in exclusive mode: the demo loads at start-up only, when nobody else writes. */
@ApplicationScoped
public class SqlDemoSpace implements DemoSpace {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    public void lockWorkshops() {
        em.createNativeQuery("lock table workshop in exclusive mode").executeUpdate();
    }

    @Override
    public boolean lockAccountsIfEmpty() {
        em.createNativeQuery("lock table account in exclusive mode").executeUpdate();
        return em.createNativeQuery("select 1 from account union all select 1 from pricing_rule limit 1")
                .getResultList().isEmpty();
    }

    @Override
    public boolean lockBookingsIfEmpty() {
        em.createNativeQuery("lock table booking in exclusive mode").executeUpdate();
        return em.createNativeQuery("select 1 from booking limit 1").getResultList().isEmpty();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void rebuildAnalytics() {
        em.createNativeQuery("delete from analytics_refresh").executeUpdate();
    }
}
