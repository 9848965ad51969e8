package org.atelier.infrastructure.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.calendar.BookingCalendarSync;
import org.atelier.infrastructure.mail.CancellationMailer;
import org.atelier.infrastructure.mail.ConfirmationMailer;
import org.atelier.infrastructure.mail.InvitationMailer;
import org.atelier.infrastructure.mail.RefundMailer;
import org.atelier.infrastructure.mail.ReminderMailer;
import org.atelier.infrastructure.mail.WaitlistMailer;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due. Rows are claimed with {@code for update skip locked}, so several instances
 * share the work without sending anything twice; a failure is retried later, never lost.
 */
@Stateless
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    ConfirmationMailer confirmationMailer;

    @Inject
    RefundSender refundSender;

    @Inject
    RefundMailer refundMailer;

    @Inject
    CancellationMailer cancellationMailer;

    @Inject
    ReminderMailer reminderMailer;

    @Inject
    WaitlistMailer waitlistMailer;

    @Inject
    InvitationMailer invitationMailer;

    @Inject
    BookingCalendarSync calendarSync;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "atelier.outbox.first-retry-seconds", defaultValue = "30")
    long firstRetrySeconds;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int dispatchDue(int limit) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from outbox_message
                        where sent_at is null and next_attempt_at <= ?1
                        order by next_attempt_at
                        limit ?2
                        for update skip locked""")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        for (Number id : ids) {
            OutboxMessage message = em.find(OutboxMessage.class, id.longValue());
            try {
                send(message);
                message.markSent(clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox message " + id + " (" + message.kind() + ") failed; retrying later", e);
                message.retryLater(clock.instant(), e.getMessage(), Duration.ofSeconds(firstRetrySeconds));
            }
        }
        return ids.size();
    }

    private void send(OutboxMessage message) {
        switch (message.kind()) {
            case OutboxMessage.CONFIRMATION_MAIL -> confirmationMailer.send(message.bookingId());
            case OutboxMessage.PARTICIPANT_MAIL -> confirmationMailer.sendToParticipant(message.bookingId(),
                    (int) message.subjectId());
            case OutboxMessage.SESSION_CHANGED_MAIL -> confirmationMailer.sendMoved(message.bookingId(),
                    (int) (message.subjectId() % OutboxMessage.RECIPIENTS_PER_CHANGE));
            case OutboxMessage.REMINDER_MAIL -> reminderMailer.send(message.bookingId(),
                    message.subjectId() / OutboxMessage.RECIPIENTS_PER_CHANGE,
                    (int) (message.subjectId() % OutboxMessage.RECIPIENTS_PER_CHANGE));
            case OutboxMessage.WAITLIST_OFFER_MAIL -> waitlistMailer.sendOffer(message.bookingId());
            case OutboxMessage.OFFER_EXPIRED_MAIL -> waitlistMailer.sendExpired(message.bookingId());
            case OutboxMessage.INVITATION_MAIL -> invitationMailer.send(message.subjectId());
            case OutboxMessage.CANCELLATION_MAIL -> cancellationMailer.sendToBuyer(message.bookingId());
            case OutboxMessage.PARTICIPANT_CANCELLATION_MAIL -> cancellationMailer.sendToParticipant(message.bookingId(),
                    (int) message.subjectId());
            case OutboxMessage.REFUND -> refundSender.send(message.subjectId());
            case OutboxMessage.REFUND_MAIL -> refundMailer.send(message.subjectId());
            case OutboxMessage.CALENDAR_SYNC -> calendarSync.sync(message.bookingId());
            default -> throw new IllegalStateException("No sender for " + message.kind());
        }
    }
}
