package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.atelier.application.format.Formats;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionStatus;

import java.io.UnsupportedEncodingException;
import java.time.ZoneId;

/**
 * Tells the buyer, and each participant who was sent their own invite, that a booking is cancelled,
 * with the calendar cancellation of that invite. When the organisers called the session off the
 * mail says so and apologises; otherwise it simply confirms the cancellation. Money paid comes back
 * with a refund mail of its own.
 */
@ApplicationScoped
public class CancellationMailer {

    @Inject
    MailComposer composer;

    @Inject
    SessionInvite invites;

    @Inject
    BookingRepository bookings;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public void sendToBuyer(long bookingId) {
        Booking booking = bookings.findById(bookingId).orElseThrow();
        try {
            composer.send(composer.toBuyer(booking, key(booking, "cancellation"), subject(booking),
                    new Object[]{booking.buyer().name(), title(booking), when(booking), booking.reference(),
                            composer.bookingLink(booking)}, invites.cancellation(booking, composer.bookingLink(booking),
                            booking.buyer().name(), booking.buyer().email())),
                    "cancellation-" + booking.reference());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the cancellation mail of " + booking.reference(), e);
        }
    }

    /** Participant {@code number} (from 1) of the booking hears that their seat is cancelled. */
    public void sendToParticipant(long bookingId, int number) {
        Booking booking = bookings.findById(bookingId).orElseThrow();
        Participant participant = booking.guests().numbered(number).orElseThrow();
        try {
            composer.send(composer.toParticipant(booking, participant, key(booking, "participant.cancellation"),
                    subject(booking),
                    new Object[]{participant.name(), booking.buyer().name(), title(booking), when(booking),
                            booking.reference(), composer.workshopLink(booking)},
                    invites.cancellation(booking, composer.workshopLink(booking), participant.name(), participant.email())),
                    "participant-cancellation-" + booking.reference() + "-" + number);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose participant " + number + "'s cancellation of "
                    + booking.reference(), e);
        }
    }

    private static Object[] subject(Booking booking) {
        return new Object[]{title(booking), booking.reference()};
    }

    /** The texts of {@code key}, or of {@code key}.session when the organisers called the session off. */
    private static String key(Booking booking, String key) {
        return booking.session().status() == SessionStatus.CANCELLED ? key + ".session" : key;
    }

    private static String title(Booking booking) {
        return booking.workshopTitleForBuyer();
    }

    private String when(Booking booking) {
        Session session = booking.session();
        return Formats.longDateTime(session.startsAt(), zone, booking.language());
    }
}
