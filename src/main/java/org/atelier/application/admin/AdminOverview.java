package org.atelier.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.admin.read.BusinessFigures;
import org.atelier.application.admin.read.NeedsAttention;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.time.Clock;
import java.time.DayOfWeek;
import org.atelier.application.port.AfterCommitWork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The admin's first page: what happens today and soon, how money goes against last week and
 * month, and what needs a human (payments pending, disputes with a deadline, work that keeps failing).
 */
@Stateless
@RolesAllowed("ADMIN")
public class AdminOverview {

    @Inject
    NeedsAttention attention;

    @Inject
    AfterCommitWork outbox;

    @Inject
    AdminCatalogue catalogue;

    @Inject
    BusinessFigures figures;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public record Revenue(Money thisWeek, Money lastWeek, Money thisMonth, Money lastMonth) {
    }

    /** {@code failedRefunds}: refunds the provider refused that nobody has asked for again. */
    /** {@code comingWeekOccupancy}: of the sessions from today to the end of the coming week. */
    public record Overview(List<AdminCatalogue.SessionLine> comingWeek, BusinessFigures.Occupancy comingWeekOccupancy,
                           Revenue revenue, long pendingPayments,
                           long failedRefunds, List<NeedsAttention.OpenDispute> disputes,
                           List<NeedsAttention.StuckWork> stuck, List<NeedsAttention.CalendarTrouble> calendars) {
    }

    public Overview overview() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant weekEnd = today.plusDays(8).atStartOfDay(zone).toInstant();
        List<AdminCatalogue.SessionLine> comingWeek = catalogue.upcomingSessions().stream()
                .filter(s -> s.startsAt().isBefore(weekEnd)).toList();
        BusinessFigures.Occupancy occupancy = figures.occupancy(today.atStartOfDay(zone).toInstant(), weekEnd);
        return new Overview(comingWeek, occupancy, revenue(today), attention.pendingPayments(), attention.failedRefunds(),
                attention.openDisputes(), attention.stuckWork(), attention.calendarTrouble());
    }

    /** Moves a failing piece of work to the front of the queue; the relay picks it up within seconds. */
    public void retry(long outboxId) {
        outbox.retryNow(outboxId, clock.instant());
    }

    private Revenue revenue(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        return new Revenue(net(monday, today.plusDays(1)), net(monday.minusWeeks(1), monday),
                net(firstOfMonth, today.plusDays(1)), net(firstOfMonth.minusMonths(1), firstOfMonth));
    }

    private Money net(LocalDate from, LocalDate until) {
        return figures.revenue(from.atStartOfDay(zone).toInstant(), until.atStartOfDay(zone).toInstant());
    }
}
