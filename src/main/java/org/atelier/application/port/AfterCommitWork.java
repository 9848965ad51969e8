package org.atelier.application.port;

import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.Invitation;
import org.atelier.domain.model.payment.Refund;

import java.time.Instant;

/**
 * Work outside the database that a use case causes (mails, a refund sent to the provider, the
 * host's calendar), recorded in the use case's transaction and done after it commits: it exists
 * exactly when the change that causes it was committed, and asking twice for the same work is
 * harmless.
 */
public interface AfterCommitWork {

    /** The buyer's confirmation, and one for each participant who gave an address. */
    void confirmationMail(Booking booking, Instant now);

    /** The confirmation once more, at an admin's request. */
    void resendConfirmation(Booking booking, Instant now);

    /** The buyer, and each participant who was sent a confirmation of their own, hear of the cancellation. */
    void cancellationMail(Booking booking, Instant now);

    /**
     * The buyer, and each participant who gave an address, get the booking's new time with an
     * invite that replaces the old one.
     */
    void sessionChangedMail(Booking booking, Instant now);

    /** Someone on a waitlist hears that seats are held for them, with the link to take them. */
    void waitlistOfferMail(Booking offer, Instant now);

    /** Someone whose waitlist offer lapsed hears that the seats went on to the next person. */
    void offerExpiredMail(long offerBookingId, Instant now);

    /** Someone the buyer invited gets the link with which they take a seat under their own name. */
    void invitationMail(Invitation invitation, Instant now);

    /** Participant {@code number} (from 1), named since the booking was made, gets their own confirmation. */
    void participantMail(Booking booking, int number, Instant now);

    /** Participant {@code number}, taken off the booking, hears so if they had a confirmation of their own. */
    void participantCancellationMail(Booking booking, int number, Instant now);

    /** The refund is sent to its provider. */
    void refund(Refund refund, Instant now);

    /** The buyer hears that the money went back, once per refund. */
    void refundMail(Refund refund, Instant now);

    /** The host's calendar is brought in line with the booking, when the workshop has a host account. */
    void calendarSync(Booking booking, Instant now);

    /** A booking put into a host's calendar (again) after the host connected it. */
    void calendarResync(long bookingId, Instant now);

    /** Work that failed and waits for its next try is tried again at once. */
    void retryNow(long workId, Instant now);
}
