package org.atelier.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.shared.Money;
import org.atelier.infrastructure.time.WorkspaceZone;

import java.time.Clock;
import java.time.DayOfWeek;
import org.atelier.infrastructure.persistence.SqlTimes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The admin's first page: what happens today and soon, how money goes against last week and
 * month, and what needs a human (payments pending, disputes with a deadline, work that keeps failing).
 */
@Stateless
@RolesAllowed("ADMIN")
public class AdminOverview {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

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

    public record OpenDispute(String id, String reference, Money amount, String reason, String status, Instant evidenceDueBy) {
    }

    /** Outside work (a mail, a refund) that failed and waits for its next try. */
    public record StuckWork(long id, String kind, String reference, int attempts, String lastError, Instant nextAttempt) {
    }

    /** A host whose calendar Google stopped accepting: the host has to connect it again. */
    public record CalendarTrouble(String hostEmail, String hostName, String lastError, Instant since) {
    }

    /** {@code failedRefunds}: refunds the provider refused that nobody has asked for again. */
    /** {@code comingWeekOccupancy}: of the sessions from today to the end of the coming week. */
    public record Overview(List<AdminCatalogue.SessionLine> comingWeek, BusinessFigures.Occupancy comingWeekOccupancy,
                           Revenue revenue, long pendingPayments,
                           long failedRefunds, List<OpenDispute> disputes, List<StuckWork> stuck,
                           List<CalendarTrouble> calendars) {
    }

    public Overview overview() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant weekEnd = today.plusDays(8).atStartOfDay(zone).toInstant();
        List<AdminCatalogue.SessionLine> comingWeek = catalogue.upcomingSessions().stream()
                .filter(s -> s.startsAt().isBefore(weekEnd)).toList();
        long pending = ((Number) em.createNativeQuery("select count(*) from booking where state = 'PAYMENT_PENDING'")
                .getSingleResult()).longValue();
        long failedRefunds = ((Number) em.createNativeQuery(
                "select count(*) from refund where status = 'FAILED' and retried_by is null").getSingleResult()).longValue();
        BusinessFigures.Occupancy occupancy = figures.occupancy(today.atStartOfDay(zone).toInstant(), weekEnd);
        return new Overview(comingWeek, occupancy, revenue(today), pending, failedRefunds, disputes(), stuck(),
                calendars());
    }

    /** Moves a failing piece of work to the front of the queue; the relay picks it up within seconds. */
    public void retry(long outboxId) {
        em.createNativeQuery("update outbox_message set next_attempt_at = ?1 where id = ?2 and sent_at is null")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(2, outboxId)
                .executeUpdate();
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

    @SuppressWarnings("unchecked")
    private List<OpenDispute> disputes() {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, b.reference, d.amount, d.currency, d.reason, d.status, d.evidence_due_by
                        from dispute d join booking b on b.id = d.booking_id
                        where d.outcome is null order by d.evidence_due_by nulls last limit 50""").getResultList();
        return rows.stream().map(r -> new OpenDispute((String) r[0], (String) r[1],
                Money.of(((Number) r[2]).longValue(), r[3].toString().strip()), (String) r[4], (String) r[5],
                SqlTimes.instant(r[6]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<CalendarTrouble> calendars() {
        List<Object[]> rows = em.createNativeQuery("""
                        select a.email, a.display_name, c.last_error, c.updated_at
                        from calendar_connection c join account a on a.id = c.account_id
                        where c.status = 'RECONNECT_NEEDED' order by c.updated_at limit 50""").getResultList();
        return rows.stream().map(r -> new CalendarTrouble((String) r[0], (String) r[1], (String) r[2],
                SqlTimes.instant(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<StuckWork> stuck() {
        List<Object[]> rows = em.createNativeQuery("""
                        select o.id, o.kind, b.reference, o.attempts, o.last_error, o.next_attempt_at
                        from outbox_message o join booking b on b.id = o.booking_id
                        where o.sent_at is null and o.attempts > 0 order by o.next_attempt_at limit 50""").getResultList();
        return rows.stream().map(r -> new StuckWork(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], SqlTimes.instant(r[5]))).toList();
    }
}
