package org.atelier.infrastructure.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Puts the reminders that are due into the outbox: one for the buyer of each booked booking whose
 * session starts within the lead time, and one for each participant who gave an address, unless
 * the booking was made inside that window (it has just had its confirmation). Each reminder is
 * numbered by its session and recipient, so the outbox's unique key lets any number of instances
 * plan at once and each reminder still exists, and is sent, exactly once; a booking moved to
 * another session is reminded of the new one.
 */
@Stateless
public class ReminderPlanner {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    Clock clock;

    /** {@code atelier.reminder.lead-hours}: how long before the start the reminder goes out. */
    @Inject
    @ConfigProperty(name = "atelier.reminder.lead-hours", defaultValue = "24")
    int leadHours;

    /** Answers how many reminders this run planned (others may have been planned already). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int planDue() {
        Instant now = clock.instant();
        Instant windowEnd = now.plus(Duration.ofHours(leadHours));
        return plan("""
                select b.id, s.id * ?4
                from booking b join session s on s.id = b.session_id""", now, windowEnd)
                + plan("""
                select b.id, s.id * ?4 + p.position + 1
                from booking b join session s on s.id = b.session_id
                join booking_participant p on p.booking_id = b.id and p.email is not null and p.removed_at is null""",
                now, windowEnd);
    }

    private int plan(String recipients, Instant now, Instant windowEnd) {
        return em.createNativeQuery("""
                        insert into outbox_message (id, kind, booking_id, subject_id, next_attempt_at, created_at)
                        select nextval('outbox_message_id_seq'), ?5, due.booking_id, due.subject_id, ?1, ?1
                        from (%s
                              where b.state in ('CONFIRMED', 'PARTIALLY_REFUNDED') and s.status = 'SCHEDULED'
                                and s.starts_at > ?1 and s.starts_at <= ?2
                                and b.created_at < s.starts_at - ?3 * interval '1 hour') as due (booking_id, subject_id)
                        on conflict (kind, booking_id, (coalesce(subject_id, 0))) do nothing""".formatted(recipients))
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, windowEnd.atOffset(ZoneOffset.UTC))
                .setParameter(3, leadHours)
                .setParameter(4, OutboxMessage.RECIPIENTS_PER_CHANGE)
                .setParameter(5, OutboxMessage.REMINDER_MAIL)
                .executeUpdate();
    }
}
