package org.atelier.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.shared.Money;
import org.atelier.infrastructure.persistence.SqlTimes;
import org.atelier.infrastructure.time.WorkspaceZone;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's figures for a period, computed by SQL aggregates in the database: one pass over the
 * daily roll-up of the period's bookings (grouped by day, week or month, by role and by workshop;
 * see {@code BookingDayRollup}, at most half a minute behind), the refunds of the period, and the
 * sessions' occupancy. Nothing is loaded row by row into Java.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AdminAnalytics {


    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public enum Bucket { DAY, WEEK, MONTH }

    /** Bookings made in a bucket, and what happened to them. */
    public record Point(LocalDate start, long bookings, long paid, long attended, long abandoned, long refunded,
                        Money booked, Money refundedMoney) {

        public Money net() {
            return booked.minus(refundedMoney);
        }
    }

    public record Share(String name, long bookings, Money booked) {
    }

    public record Figures(List<Point> series, Point total, List<Share> byWorkshop, List<Share> byRole,
                          long seatsTaken, long capacity, Instant asOf) {

        public double paidRate() {
            return rate(total.paid(), total.bookings());
        }

        public double attendedRate() {
            return rate(total.attended(), total.paid());
        }

        public double abandonmentRate() {
            return rate(total.abandoned(), total.bookings());
        }

        public double refundRate() {
            return rate(total.refunded(), total.paid());
        }

        public double occupancy() {
            return rate(seatsTaken, capacity);
        }

        private static double rate(long part, long whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    /** The figures for bookings made from {@code from} up to and including {@code until}. */
    @SuppressWarnings("unchecked")
    public Figures figures(LocalDate from, LocalDate until, Bucket bucket) {
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = until.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        String unit = bucket.name().toLowerCase();
        List<Object[]> rows = em.createNativeQuery("""
                        select grouping(bucket), grouping(d.price_roles), bucket, d.price_roles, d.workshop_id,
                               sum(d.bookings), sum(d.paid), sum(d.attended), sum(d.abandoned), sum(d.refunded),
                               sum(d.paid_total)
                        from booking_day d, lateral (select cast(date_trunc(?3, d.day) as date) as bucket) b
                        where d.day >= ?1 and d.day <= ?2
                        group by grouping sets ((bucket), (d.price_roles), (d.workshop_id))""")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(until)).setParameter(3, unit)
                .getResultList();
        Map<LocalDate, long[]> byDay = new HashMap<>();
        List<Share> byRole = new ArrayList<>();
        Map<Long, long[]> byWorkshopId = new HashMap<>();
        for (Object[] row : rows) {
            long[] counts = {count(row[5]), count(row[6]), count(row[7]), count(row[8]), count(row[9]), count(row[10])};
            if (count(row[0]) == 0) {
                byDay.put(((Date) row[2]).toLocalDate(), counts);
            } else if (count(row[1]) == 0) {
                byRole.add(new Share((String) row[3], counts[0], euros(counts[5])));
            } else {
                byWorkshopId.put(count(row[4]), counts);
            }
        }
        Map<LocalDate, Long> refunds = refundsBy(unit, start, end);
        List<Point> series = byDay.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> point(e.getKey(), e.getValue(), refunds.getOrDefault(e.getKey(), 0L))).toList();
        byRole.sort(Comparator.comparing(Share::bookings).reversed());
        long[] occupancy = occupancy(start, end);
        List<Object> asOf = em.createNativeQuery("select refreshed_until from analytics_refresh").getResultList();
        return new Figures(series, total(series, from), byWorkshop(byWorkshopId), byRole, occupancy[0], occupancy[1],
                asOf.isEmpty() ? null : SqlTimes.instant(asOf.get(0)));
    }

    @SuppressWarnings("unchecked")
    private Map<LocalDate, Long> refundsBy(String unit, OffsetDateTime start, OffsetDateTime end) {
        Map<LocalDate, Long> refunds = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(date_trunc(?3, created_at at time zone ?4) as date), sum(amount) from refund
                        where status = 'SUCCEEDED' and created_at >= ?1 and created_at < ?2 group by 1""")
                .setParameter(1, start).setParameter(2, end).setParameter(3, unit).setParameter(4, zone.getId())
                .getResultList();
        rows.forEach(row -> refunds.put(((Date) row[0]).toLocalDate(), count(row[1])));
        return refunds;
    }

    /** The ten workshops that brought in most, named in one small query. */
    @SuppressWarnings("unchecked")
    private List<Share> byWorkshop(Map<Long, long[]> byWorkshopId) {
        if (byWorkshopId.isEmpty()) {
            return List.of();
        }
        List<Object[]> titles = em.createNativeQuery("select id, title from workshop where id = any(cast(?1 as bigint[]))")
                .setParameter(1, "{" + String.join(",", byWorkshopId.keySet().stream().map(String::valueOf).toList()) + "}")
                .getResultList();
        return titles.stream().map(row -> {
                    long[] counts = byWorkshopId.get(count(row[0]));
                    return new Share((String) row[1], counts[0], euros(counts[5]));
                })
                .sorted(Comparator.comparing((Share share) -> share.booked().amount()).reversed()).limit(10).toList();
    }

    private long[] occupancy(OffsetDateTime start, OffsetDateTime end) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(seats_taken), 0), coalesce(sum(capacity), 0) from session
                        where status = 'SCHEDULED' and starts_at >= ?1 and starts_at < ?2""")
                .setParameter(1, start).setParameter(2, end).getSingleResult();
        return new long[]{count(row[0]), count(row[1])};
    }

    private static Point point(LocalDate day, long[] c, long refunded) {
        return new Point(day, c[0], c[1], c[2], c[3], c[4], euros(c[5]), euros(refunded));
    }

    private static Point total(List<Point> series, LocalDate from) {
        long[] sum = new long[7];
        for (Point p : series) {
            sum[0] += p.bookings();
            sum[1] += p.paid();
            sum[2] += p.attended();
            sum[3] += p.abandoned();
            sum[4] += p.refunded();
            sum[5] += p.booked().amount();
            sum[6] += p.refundedMoney().amount();
        }
        return new Point(from, sum[0], sum[1], sum[2], sum[3], sum[4], euros(sum[5]), euros(sum[6]));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Money euros(long cents) {
        return Money.of(cents, "EUR");
    }
}
