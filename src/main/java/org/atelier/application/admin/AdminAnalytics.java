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
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;

/**
 * The admin's figures for a period, computed by SQL aggregates in the database: one pass over the
 * daily roll-up of the period's bookings (grouped by day, week or month, by role and by workshop;
 * see {@code BookingDayRollup}, at most half a minute behind), and the revenue and occupancy that
 * {@link BusinessFigures} defines for the overview too. Nothing is loaded row by row into Java.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AdminAnalytics {


    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    BusinessFigures figures;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public enum Bucket { DAY, WEEK, MONTH }

    /**
     * A bucket: the bookings made in it and what happened to them, the value of those that were
     * paid ({@code booked}), and the revenue of {@link BusinessFigures} (money moved in the bucket).
     */
    public record Point(LocalDate start, long bookings, long paid, long attended, long abandoned, long refunded,
                        Money booked, Money revenue) {
    }

    public record Share(String name, long bookings, Money booked) {
    }

    public record Figures(List<Point> series, Point total, List<Share> byWorkshop, List<Share> byRole,
                          BusinessFigures.Occupancy occupancy, Instant asOf) {

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
        Map<LocalDate, Money> revenue = figures.revenueBy(unit, start.toInstant(), end.toInstant());
        List<Point> series = new TreeSet<>(union(byDay.keySet(), revenue.keySet())).stream()
                .map(day -> point(day, byDay.getOrDefault(day, new long[6]), revenue.getOrDefault(day, euros(0))))
                .toList();
        byRole.sort(Comparator.comparing(Share::bookings).reversed());
        List<Object> asOf = em.createNativeQuery("select refreshed_until from analytics_refresh").getResultList();
        return new Figures(series, total(series, from), byWorkshop(byWorkshopId), byRole,
                figures.occupancy(start.toInstant(), end.toInstant()), asOf.isEmpty() ? null : SqlTimes.instant(asOf.get(0)));
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

    private static Point point(LocalDate day, long[] c, Money revenue) {
        return new Point(day, c[0], c[1], c[2], c[3], c[4], euros(c[5]), revenue);
    }

    private static Set<LocalDate> union(Set<LocalDate> some, Set<LocalDate> others) {
        Set<LocalDate> all = new HashSet<>(some);
        all.addAll(others);
        return all;
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
            sum[6] += p.revenue().amount();
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
