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

import java.io.UnsupportedEncodingException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The reminder before a session, in the booking's language: when and where, and (for the buyer)
 * the booking link to change or cancel. A reminder planned for a session the booking has since
 * left, or for a booking cancelled since, is not sent.
 */
@ApplicationScoped
public class ReminderMailer {

    @Inject
    MailComposer composer;

    @Inject
    BookingRepository bookings;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    /** Recipient 0 is the buyer, any other the participant with that number. */
    public void send(long bookingId, long sessionId, int recipient) {
        Booking booking = bookings.findById(bookingId).orElseThrow();
        Session session = booking.session();
        Optional<Participant> guest = booking.guests().numbered(recipient).filter(numbered -> !numbered.isRemoved());
        if (!booking.state().isBooked() || !Objects.equals(session.id(), sessionId) || recipient > 0 && guest.isEmpty()) {
            return;
        }
        String title = booking.workshopTitleForBuyer();
        String when = Formats.longDateTime(session.startsAt(), zone, booking.language());
        try {
            if (recipient == 0) {
                composer.send(composer.toBuyer(booking, "reminder", new Object[]{title, when},
                        new Object[]{booking.buyer().name(), title, when, session.location(), booking.reference(),
                                zone.getId(), composer.bookingLink(booking)}), "reminder-" + booking.reference());
                return;
            }
            Participant participant = guest.orElseThrow();
            composer.send(composer.toParticipant(booking, participant, "participant.reminder", new Object[]{title, when},
                    new Object[]{participant.name(), title, when, session.location(), booking.reference(), zone.getId(),
                            composer.workshopLink(booking), booking.buyer().name()}),
                    "reminder-" + booking.reference() + "-" + recipient);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the reminder of " + booking.reference(), e);
        }
    }
}
