package org.atelier.infrastructure.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.GuestList;
import org.atelier.domain.model.booking.Invitation;
import org.atelier.domain.model.payment.Refund;

import java.time.Instant;

/**
 * Records outside work in the caller's transaction, so that it exists exactly when the change
 * that causes it was committed. A second request for the same work is ignored (the unique key
 * on kind and booking makes sure of it).
 */
@ApplicationScoped
public class Outbox implements AfterCommitWork {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    /** The buyer's confirmation, and one for each participant who gave an address (numbered from 1). */
    @Override
    public void confirmationMail(Booking booking, Instant now) {
        enqueue(OutboxMessage.CONFIRMATION_MAIL, booking.id(), 0, now);
        for (GuestList.Numbered guest : booking.guests().present()) {
            if (guest.participant().email() != null) {
                enqueue(OutboxMessage.PARTICIPANT_MAIL, booking.id(), guest.number(), now);
            }
        }
    }

    /** The confirmation once more, at an admin's request: numbered by the moment, so it is not the first one again. */
    @Override
    public void resendConfirmation(Booking booking, Instant now) {
        enqueue(OutboxMessage.CONFIRMATION_MAIL, booking.id(), now.toEpochMilli(), now);
    }

    /**
     * The buyer hears that the booking is cancelled (a refund, if any, brings its own mail), and so
     * does each participant who was sent a confirmation of their own: they hold its invite.
     */
    @Override
    public void cancellationMail(Booking booking, Instant now) {
        enqueue(OutboxMessage.CANCELLATION_MAIL, booking.id(), 0, now);
        em.createNativeQuery("""
                        insert into outbox_message (id, kind, booking_id, subject_id, next_attempt_at, created_at)
                        select nextval('outbox_message_id_seq'), ?1, booking_id, subject_id, ?3, ?3
                        from outbox_message where kind = ?2 and booking_id = ?4
                        on conflict (kind, booking_id, (coalesce(subject_id, 0))) do nothing""")
                .setParameter(1, OutboxMessage.PARTICIPANT_CANCELLATION_MAIL)
                .setParameter(2, OutboxMessage.PARTICIPANT_MAIL)
                .setParameter(3, now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(4, booking.id())
                .executeUpdate();
    }

    /**
     * One mail per recipient and change: numbered by the moment of the change (changes of one
     * booking queue on its row lock) times {@link OutboxMessage#RECIPIENTS_PER_CHANGE}, plus 0 for
     * the buyer or the participant's number.
     */
    @Override
    public void sessionChangedMail(Booking booking, Instant now) {
        long change = now.toEpochMilli() * OutboxMessage.RECIPIENTS_PER_CHANGE;
        enqueue(OutboxMessage.SESSION_CHANGED_MAIL, booking.id(), change, now);
        for (GuestList.Numbered guest : booking.guests().present()) {
            if (guest.participant().email() != null) {
                enqueue(OutboxMessage.SESSION_CHANGED_MAIL, booking.id(), change + guest.number(), now);
            }
        }
    }

    /** Numbered by the invitation: one mail per invitation. */
    @Override
    public void invitationMail(Invitation invitation, Instant now) {
        enqueue(OutboxMessage.INVITATION_MAIL, invitation.bookingId(), invitation.id(), now);
    }

    /** Numbered like the participants' confirmations made with the booking, so each participant gets one. */
    @Override
    public void participantMail(Booking booking, int number, Instant now) {
        enqueue(OutboxMessage.PARTICIPANT_MAIL, booking.id(), number, now);
    }

    /** Only to someone who had a confirmation of their own: they hold its invite. */
    @Override
    public void participantCancellationMail(Booking booking, int number, Instant now) {
        em.createNativeQuery("""
                        insert into outbox_message (id, kind, booking_id, subject_id, next_attempt_at, created_at)
                        select nextval('outbox_message_id_seq'), ?1, booking_id, subject_id, ?3, ?3
                        from outbox_message where kind = ?2 and booking_id = ?4 and subject_id = ?5
                        on conflict (kind, booking_id, (coalesce(subject_id, 0))) do nothing""")
                .setParameter(1, OutboxMessage.PARTICIPANT_CANCELLATION_MAIL)
                .setParameter(2, OutboxMessage.PARTICIPANT_MAIL)
                .setParameter(3, now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(4, booking.id())
                .setParameter(5, number)
                .executeUpdate();
    }

    @Override
    public void waitlistOfferMail(Booking offer, Instant now) {
        enqueue(OutboxMessage.WAITLIST_OFFER_MAIL, offer.id(), 0, now);
    }

    /** Once per offer, however often its session's seats come free afterwards. */
    @Override
    public void offerExpiredMail(long offerBookingId, Instant now) {
        enqueue(OutboxMessage.OFFER_EXPIRED_MAIL, offerBookingId, 0, now);
    }

    /** The refund is sent to its provider after the commit; refund-<id> keeps a resend harmless. */
    @Override
    public void refund(Refund refund, Instant now) {
        enqueue(OutboxMessage.REFUND, refund.bookingId(), refund.id(), now);
    }

    /** The buyer hears that the money went back, once per refund. */
    @Override
    public void refundMail(Refund refund, Instant now) {
        enqueue(OutboxMessage.REFUND_MAIL, refund.bookingId(), refund.id(), now);
    }

    /**
     * The host's calendar is brought in line with the booking after the commit, when the workshop
     * has a host account. Numbered by the booking's version, so each change is synced once.
     */
    @Override
    public void calendarSync(Booking booking, Instant now) {
        if (booking.session().workshop().hostAccountId().isPresent()) {
            enqueue(OutboxMessage.CALENDAR_SYNC, booking.id(), booking.version(), now);
        }
    }

    /** A booking put into a calendar (again) after its host connected it; numbered below zero, apart from versions. */
    @Override
    public void calendarResync(long bookingId, Instant now) {
        enqueue(OutboxMessage.CALENDAR_SYNC, bookingId, -now.toEpochMilli(), now);
    }

    @Override
    public void retryNow(long workId, Instant now) {
        em.createNativeQuery("update outbox_message set next_attempt_at = ?1 where id = ?2 and sent_at is null")
                .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(2, workId)
                .executeUpdate();
    }

    private void enqueue(String kind, long bookingId, long subjectId, Instant now) {
        em.createNativeQuery("""
                        insert into outbox_message (id, kind, booking_id, subject_id, next_attempt_at, created_at)
                        values (nextval('outbox_message_id_seq'), ?1, ?2, ?3, ?4, ?4)
                        on conflict (kind, booking_id, (coalesce(subject_id, 0))) do nothing""")
                .setParameter(1, kind)
                .setParameter(2, bookingId)
                .setParameter(3, subjectId)
                .setParameter(4, now.atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate();
    }
}
