package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.application.BookingAccess;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.Participant;
import org.atelier.domain.model.workshop.Session;
import org.atelier.infrastructure.i18n.Formats;
import org.atelier.infrastructure.time.WorkspaceZone;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ResourceBundle;

/** The confirmation e-mail, in the buyer's language, with the booking link and a calendar invite. */
@ApplicationScoped
public class ConfirmationMailer {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    MailTransport transport;

    @Inject
    BookingAccess access;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "atelier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "atelier.mail.from", defaultValue = "Atelier <bookings@atelier.invalid>")
    String from;

    public void send(long bookingId) {
        Booking booking = em.find(Booking.class, bookingId);
        try {
            transport.send(compose(booking), "confirmation-" + booking.reference());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the confirmation of " + booking.reference(), e);
        }
    }

    MimeMessage compose(Booking booking) throws MessagingException, UnsupportedEncodingException {
        ResourceBundle texts = ResourceBundle.getBundle("org.atelier.infrastructure.mail.mail",
                Formats.locale(booking.language()));
        Session session = booking.session();
        String title = session.workshop().title();
        String link = baseUrl + "/booking/" + booking.reference() + "?t=" + access.tokenFor(booking.reference());
        String when = Formats.longDateTime(session.startsAt(), zone, booking.language());
        String total = booking.total().isZero() ? texts.getString("free")
                : Formats.money(booking.total(), booking.language());

        StringBuilder people = new StringBuilder(booking.buyer().name());
        for (Participant participant : booking.participants()) {
            people.append(", ").append(participant.name());
        }
        String text = MessageFormat.format(texts.getString("confirmation.text"), booking.buyer().name(), title, when,
                session.location(), booking.quantity(), people, total, booking.reference(), link, zone.getId());

        MimeMessage message = new MimeMessage(transport.session());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(booking.buyer().email(),
                booking.buyer().name(), StandardCharsets.UTF_8.name()));
        message.setSubject(MessageFormat.format(texts.getString("confirmation.subject"), title, booking.reference()),
                StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", booking.language());

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(Html.paragraphs(text, link), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart invite = new MimeBodyPart();
        invite.setContent(IcsCalendar.of(new IcsCalendar.Event(booking.reference() + "@atelier", session.startsAt(),
                session.endsAt(), title, session.location(), title + " · " + booking.reference() + " · " + link, link,
                clock.instant())), "text/calendar; charset=UTF-8; method=PUBLISH");
        invite.setFileName(booking.reference() + ".ics");

        message.setContent(new MimeMultipart("mixed", body, invite));
        message.saveChanges();
        return message;
    }
}
