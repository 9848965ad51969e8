package org.atelier.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.admin.read.BookingTimeline;
import org.atelier.application.admin.read.TimelineEntry;
import org.atelier.domain.model.shared.Money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A booking's timeline in one query: its creation, payments, refunds, disputes, mails (sent,
 * waiting or failing) and admin actions, each from the table that keeps it, oldest first.
 */
@ApplicationScoped
public class SqlBookingTimeline implements BookingTimeline {

    private static final String TIMELINE = """
            select created_at, 'BOOKED', null::bigint, null, state, buyer_email, cast(quantity as text), null
              from booking where id = ?1
            union all
            select paid_at, 'PAID', amount, currency, provider, status, provider_payment_id, null
              from payment where booking_id = ?1
            union all
            select created_at, 'REFUND', amount, currency, status, reason, requested_by, failure_reason
              from refund where booking_id = ?1
            union all
            select created_at, 'DISPUTE', amount, currency, status, reason, cast(evidence_due_by as text), outcome
              from dispute where booking_id = ?1
            union all
            select coalesce(sent_at, created_at), 'MAIL', null, null, kind,
                   case when sent_at is not null then 'SENT' when attempts > 0 then 'FAILING' else 'WAITING' end,
                   cast(attempts as text), last_error
              from outbox_message where booking_id = ?1 and kind like '%MAIL'
            union all
            select at, 'ADMIN', null, null, action, actor, after_text, reason
              from audit_event where booking_id = ?1
            """;

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<TimelineEntry> of(long bookingId) {
        List<Object[]> rows = em.createNativeQuery(TIMELINE).setParameter(1, bookingId).getResultList();
        List<TimelineEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Money amount = row[2] == null ? null : Money.of(((Number) row[2]).longValue(), row[3].toString().strip());
            List<String> details = Arrays.stream(row, 4, row.length).map(value -> Objects.toString(value, "")).toList();
            entries.add(new TimelineEntry(SqlTimes.instant(row[0]), row[1].toString(), amount, details));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

}
