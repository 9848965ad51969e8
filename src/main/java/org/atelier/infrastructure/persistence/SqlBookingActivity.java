package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.admin.read.BookingActivity;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The roll-up table {@code booking_day} (kept by {@code BookingDayRollup}), grouped by grouping sets. */
@ApplicationScoped
public class SqlBookingActivity implements BookingActivity {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Sums sums(LocalDate from, LocalDate until, String unit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select grouping(bucket), grouping(d.price_roles), bucket, d.price_roles, d.workshop_id,
                               sum(d.bookings), sum(d.paid), sum(d.attended), sum(d.abandoned), sum(d.refunded),
                               sum(d.paid_total)
                        from booking_day d, lateral (select cast(date_trunc(?3, d.day) as date) as bucket) b
                        where d.day >= ?1 and d.day <= ?2
                        group by grouping sets ((bucket), (d.price_roles), (d.workshop_id))""")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(until)).setParameter(3, unit)
                .getResultList();
        Map<LocalDate, Counts> byBucket = new HashMap<>();
        Map<String, Counts> byRoles = new HashMap<>();
        Map<Long, Counts> byWorkshop = new HashMap<>();
        for (Object[] row : rows) {
            Counts counts = new Counts(count(row[5]), count(row[6]), count(row[7]), count(row[8]), count(row[9]),
                    count(row[10]));
            if (count(row[0]) == 0) {
                byBucket.put(((Date) row[2]).toLocalDate(), counts);
            } else if (count(row[1]) == 0) {
                byRoles.put((String) row[3], counts);
            } else {
                byWorkshop.put(count(row[4]), counts);
            }
        }
        return new Sums(byBucket, byRoles, byWorkshop);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, String> workshopTitles(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> titles = em.createNativeQuery("select id, title from workshop where id = any(cast(?1 as bigint[]))")
                .setParameter(1, "{" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
                .getResultList();
        return titles.stream().collect(Collectors.toMap(row -> count(row[0]), row -> (String) row[1]));
    }

    @Override
    public Optional<Instant> refreshedUntil() {
        List<?> asOf = em.createNativeQuery("select refreshed_until from analytics_refresh").getResultList();
        return asOf.isEmpty() ? Optional.empty() : Optional.ofNullable(SqlTimes.instant(asOf.get(0)));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
