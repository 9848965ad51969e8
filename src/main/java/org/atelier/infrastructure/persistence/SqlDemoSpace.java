package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.atelier.application.demo.DemoSpace;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

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

    @Override
    public boolean hasServices() {
        return !em.createNativeQuery("select 1 from workshop where kind = 'SERVICE' limit 1").getResultList().isEmpty();
    }

    @Override
    public void keepHours(long hostAccountId, ZoneId zone, int bufferBefore, int bufferAfter, int interval,
                          List<DayOfWeek> days, List<Stretch> stretches) {
        em.createNativeQuery("""
                        insert into host_schedule (account_id, zone, buffer_before_minutes, buffer_after_minutes,
                            interval_minutes, updated_at) values (?1, ?2, ?3, ?4, ?5, now())""")
                .setParameter(1, hostAccountId).setParameter(2, zone.getId()).setParameter(3, bufferBefore)
                .setParameter(4, bufferAfter).setParameter(5, interval).executeUpdate();
        for (DayOfWeek day : days) {
            for (Stretch stretch : stretches) {
                em.createNativeQuery("insert into host_weekly_hours (account_id, weekday, starts, ends) values (?1, ?2, cast(?3 as time), cast(?4 as time))")
                        .setParameter(1, hostAccountId).setParameter(2, day.getValue())
                        .setParameter(3, stretch.from().toString()).setParameter(4, stretch.until().toString()).executeUpdate();
            }
        }
    }

    @Override
    public void absence(long hostAccountId, Instant from, Instant until, String reason) {
        em.createNativeQuery("""
                        insert into host_absence (id, account_id, starts_at, ends_at, reason, created_at)
                        values (nextval('host_absence_id_seq'), ?1, ?2, ?3, ?4, now())""")
                .setParameter(1, hostAccountId).setParameter(2, SqlTimes.parameter(from))
                .setParameter(3, SqlTimes.parameter(until)).setParameter(4, reason).executeUpdate();
    }

    @Override
    public void offer(long serviceId, List<Long> hostAccountIds) {
        for (long host : hostAccountIds) {
            em.createNativeQuery("insert into service_host (workshop_id, account_id) values (?1, ?2)")
                    .setParameter(1, serviceId).setParameter(2, host).executeUpdate();
        }
    }
}
