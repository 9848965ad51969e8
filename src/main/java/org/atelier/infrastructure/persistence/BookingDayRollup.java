package org.atelier.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Keeps {@code booking_day}, the analytics' daily roll-up of bookings (per day made, workshop and
 * the buyer's roles: how many were made, paid, attended, abandoned, refunded, and the paid value),
 * in step with the bookings. Only days with a booking changed since
 * the last run are recomputed, each wholly, so the roll-up never drifts; the look-back overlaps
 * by five minutes, so a transaction that committed late is still seen. Deleting the one row of
 * {@code analytics_refresh} (after importing bookings with old timestamps) rebuilds it all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BookingDayRollup {

    private static final String PAID = "b.state in ('CONFIRMED', 'COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED')";
    private static final String ROLL_UP = """
            insert into booking_day (day, workshop_id, price_roles, bookings, paid, attended, abandoned, refunded,
                                     paid_total)
            select cast(b.created_at at time zone ?1 as date), s.workshop_id, b.price_roles, count(*),
                   count(*) filter (where PAID), count(*) filter (where b.attendance = 'ATTENDED'),
                   count(*) filter (where b.state = 'ABANDONED'),
                   count(*) filter (where b.state in ('REFUNDED', 'PARTIALLY_REFUNDED')),
                   coalesce(sum(b.total_amount) filter (where PAID), 0)
            from booking b join session s on s.id = b.session_id""".replace("PAID", PAID);
    private static final String GROUPING = " group by 1, s.workshop_id, b.price_roles";

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    /** Answers how many days were recomputed. */
    @SuppressWarnings("unchecked")
    public int refresh() {
        // One instance at a time; another one finds the work done.
        em.createNativeQuery("select pg_advisory_xact_lock(4242002)").getSingleResult();
        OffsetDateTime startedAt = SqlTimes.parameter(SqlTimes.instant(em.createNativeQuery("select now()").getSingleResult()));
        List<Object> last = em.createNativeQuery("select refreshed_until from analytics_refresh where id = 1")
                .getResultList();
        if (last.isEmpty()) {
            em.createNativeQuery("delete from booking_day").executeUpdate();
            em.createNativeQuery(ROLL_UP + GROUPING).setParameter(1, zone.getId()).executeUpdate();
            em.createNativeQuery("insert into analytics_refresh (id, refreshed_until) values (1, ?1)")
                    .setParameter(1, startedAt).executeUpdate();
            return -1;
        }
        List<Object> days = em.createNativeQuery("""
                        select distinct cast(created_at at time zone ?1 as date) from booking
                        where updated_at >= ?2""")
                .setParameter(1, zone.getId()).setParameter(2, SqlTimes.parameter(SqlTimes.instant(last.get(0)).minusSeconds(300))).getResultList();
        if (!days.isEmpty()) {
            String list = "{" + String.join(",", days.stream().map(Object::toString).toList()) + "}";
            em.createNativeQuery("delete from booking_day where day = any(cast(?1 as date[]))")
                    .setParameter(1, list).executeUpdate();
            em.createNativeQuery(ROLL_UP + " " + """
                             where b.created_at >= cast(?3 as date) - interval '1 day'
                               and b.created_at < cast(?4 as date) + interval '2 days'
                               and cast(b.created_at at time zone ?1 as date) = any(cast(?2 as date[]))""" + GROUPING)
                    .setParameter(1, zone.getId()).setParameter(2, list)
                    .setParameter(3, days.stream().map(Object::toString).min(String::compareTo).orElseThrow())
                    .setParameter(4, days.stream().map(Object::toString).max(String::compareTo).orElseThrow())
                    .executeUpdate();
        }
        em.createNativeQuery("update analytics_refresh set refreshed_until = ?1 where id = 1")
                .setParameter(1, startedAt).executeUpdate();
        return days.size();
    }
}
