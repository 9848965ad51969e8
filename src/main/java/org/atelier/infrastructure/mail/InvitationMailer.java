package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.atelier.application.booking.BookingAccess;
import org.atelier.application.booking.BookingGroup;
import org.atelier.application.format.Formats;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Invitation;
import org.atelier.domain.model.booking.InvitationRepository;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.domain.model.workshop.Session;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ResourceBundle;

/**
 * The invitation to take a seat of someone's booking, in the booking's language: who invites,
 * what and when, and the link (its token rebuilt from the invitation's reference, never stored).
 */
@ApplicationScoped
public class InvitationMailer {

    @Inject
    MailComposer composer;

    @Inject
    InvitationRepository invitations;

    @Inject
    BookingRepository bookings;

    @Inject
    BookingAccess access;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public void send(long invitationId) {
        Invitation invitation = invitations.findById(invitationId).orElseThrow();
        Booking booking = bookings.findById(invitation.bookingId()).orElseThrow();
        Session session = booking.session();
        String title = booking.workshopTitleForBuyer();
        String link = composer.baseUrl() + "/invitation?token=" + access.tokenFor(BookingGroup.INVITATION_LINK, invitation.reference());
        ResourceBundle texts = composer.texts(booking);
        try {
            composer.send(composer.message(new InternetAddress(invitation.email()), booking.language(),
                    MessageFormat.format(texts.getString("invitation.subject"), booking.buyer().name(), title),
                    MessageFormat.format(texts.getString("invitation.text"), booking.buyer().name(), title,
                            Formats.longDateTime(session.startsAt(), zone, booking.language()), session.location(), link,
                            Formats.longDateTime(invitation.expiresAt(), zone, booking.language()), zone.getId()),
                    link), "invitation-" + invitation.id());
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose invitation " + invitationId, e);
        }
    }
}
