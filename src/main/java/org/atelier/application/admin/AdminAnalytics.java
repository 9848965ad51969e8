package org.atelier.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.admin.read.BookingActivity;
import org.atelier.application.admin.read.BusinessFigures;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin's figures for a period, computed by SQL aggregates in the database: one pass over the
 * daily roll-up of the period's bookings (grouped by day, week or month, by role and by workshop;
 * see {@code BookingDayRollup}, at most half a minute behind), and the revenue and occupancy that
 * {@link BusinessFigures} defines for the overview too. Nothing is loaded row by row into Java.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AdminAnalytics {

    @Inject
    BookingActivity activity;

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
    public Figures figures(LocalDate from, LocalDate until, Bucket bucket) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = until.plusDays(1).atStartOfDay(zone).toInstant();
        String unit = bucket.name().toLowerCase();
        BookingActivity.Sums sums = activity.sums(from, until, unit);
        Map<LocalDate, Money> revenue = figures.revenueBy(unit, start, end);
        List<Point> series = new TreeSet<>(union(sums.byBucket().keySet(), revenue.keySet())).stream()
                .map(day -> point(day, sums.byBucket().getOrDefault(day, BookingActivity.Counts.NONE),
                        revenue.getOrDefault(day, euros(0))))
                .toList();
        List<Share> byRole = sums.byRoles().entrySet().stream()
                .map(e -> new Share(e.getKey(), e.getValue().bookings(), euros(e.getValue().paidTotal())))
                .sorted(Comparator.comparing(Share::bookings).reversed()).toList();
        return new Figures(series, total(series, from), byWorkshop(sums.byWorkshop()), byRole,
                figures.occupancy(start, end), activity.refreshedUntil().orElse(null));
    }

    /** The ten workshops that brought in most, named in one small query. */
    private List<Share> byWorkshop(Map<Long, BookingActivity.Counts> byWorkshopId) {
        return activity.workshopTitles(byWorkshopId.keySet()).entrySet().stream()
                .map(e -> new Share(e.getValue(), byWorkshopId.get(e.getKey()).bookings(),
                        euros(byWorkshopId.get(e.getKey()).paidTotal())))
                .sorted(Comparator.comparing((Share share) -> share.booked().amount()).reversed()).limit(10).toList();
    }

    private static Point point(LocalDate day, BookingActivity.Counts c, Money revenue) {
        return new Point(day, c.bookings(), c.paid(), c.attended(), c.abandoned(), c.refunded(), euros(c.paidTotal()),
                revenue);
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

    private static Money euros(long cents) {
        return Money.of(cents, "EUR");
    }
}
