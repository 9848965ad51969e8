package org.atelier.infrastructure.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** One piece of outside work that a committed change owes: sent later, retried with backoff. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final String CONFIRMATION_MAIL = "CONFIRMATION_MAIL";
    public static final String REFUND = "REFUND";
    public static final String REFUND_MAIL = "REFUND_MAIL";
    /** A participant's own confirmation; its subject is the participant's number in the booking, from 1. */
    public static final String PARTICIPANT_MAIL = "PARTICIPANT_MAIL";
    public static final String CANCELLATION_MAIL = "CANCELLATION_MAIL";
    /** A participant's cancellation; its subject is the number of the participant's {@link #PARTICIPANT_MAIL}. */
    public static final String PARTICIPANT_CANCELLATION_MAIL = "PARTICIPANT_CANCELLATION_MAIL";
    public static final String CALENDAR_SYNC = "CALENDAR_SYNC";
    public static final String SESSION_CHANGED_MAIL = "SESSION_CHANGED_MAIL";
    public static final String REMINDER_MAIL = "REMINDER_MAIL";
    public static final String WAITLIST_OFFER_MAIL = "WAITLIST_OFFER_MAIL";
    public static final String OFFER_EXPIRED_MAIL = "OFFER_EXPIRED_MAIL";
    public static final String INVITATION_MAIL = "INVITATION_MAIL";

    /**
     * More than any booking's participants (they are named in one request, whose size is limited
     * far below this): a session change numbers its mails change × this + recipient, a reminder
     * session × this + recipient; recipient 0 is the buyer, any other a participant's number.
     */
    public static final long RECIPIENTS_PER_CHANGE = 1_000_000;

    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_message_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    private Long id;

    private String kind;

    @Column(name = "booking_id")
    private long bookingId;

    /** What within the booking the work is for, such as a refund; 0 when the booking itself. */
    @Column(name = "subject_id")
    private Long subjectId;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(String kind, long bookingId, Instant now) {
        this.kind = kind;
        this.bookingId = bookingId;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void markSent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Backs off exponentially (30 s, 1 min, 2 min, ... up to an hour) so a down server is not hammered. */
    void retryLater(Instant now, String error, Duration firstRetry) {
        attempts++;
        long factor = 1L << Math.min(attempts - 1, 16);
        Duration wait = firstRetry.multipliedBy(factor);
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    }

    public String kind() {
        return kind;
    }

    public long bookingId() {
        return bookingId;
    }

    public long subjectId() {
        return subjectId == null ? 0 : subjectId;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
