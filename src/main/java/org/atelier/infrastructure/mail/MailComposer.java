package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.atelier.application.booking.BookingAccess;
import org.atelier.application.format.Formats;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.Participant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * What every mail to a buyer shares: their language, the booking link, the sender, and a plain-text
 * body with an HTML alternative of the same words.
 */
@ApplicationScoped
public class MailComposer {

    @Inject
    MailTransport transport;

    @Inject
    BookingAccess access;

    @Inject
    @ConfigProperty(name = "atelier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "atelier.mail.from", defaultValue = "Atelier <bookings@atelier.invalid>")
    String from;

    ResourceBundle texts(Booking booking) {
        return ResourceBundle.getBundle("org.atelier.infrastructure.mail.mail", Formats.locale(booking.language()));
    }

    String bookingLink(Booking booking) {
        return baseUrl + "/booking/" + booking.reference() + "?t=" + access.tokenFor(booking.reference());
    }

    /** The workshop's public page: what a participant, who has no booking link, can open. */
    String workshopLink(Booking booking) {
        return baseUrl + "/book/" + booking.session().workshop().slug();
    }

    /** A message to the buyer with the subject and text from the bundle's {@code key}.subject / .text. */
    MimeMessage toBuyer(Booking booking, String key, Object[] subjectArguments, Object[] textArguments,
                        MimeBodyPart... attachments) throws MessagingException, UnsupportedEncodingException {
        return compose(booking, new InternetAddress(booking.buyer().email(), booking.buyer().name(),
                StandardCharsets.UTF_8.name()), bookingLink(booking), key, subjectArguments, textArguments, attachments);
    }

    /** A message to one of the people the buyer brings, linking to the workshop, not to the booking. */
    MimeMessage toParticipant(Booking booking, Participant participant, String key, Object[] subjectArguments,
                              Object[] textArguments, MimeBodyPart... attachments)
            throws MessagingException, UnsupportedEncodingException {
        return compose(booking, new InternetAddress(participant.email(), participant.name(), StandardCharsets.UTF_8.name()),
                workshopLink(booking), key, subjectArguments, textArguments, attachments);
    }

    private MimeMessage compose(Booking booking, InternetAddress recipient, String link, String key,
                                Object[] subjectArguments, Object[] textArguments, MimeBodyPart... attachments)
            throws MessagingException {
        ResourceBundle texts = texts(booking);
        return message(recipient, booking.language(), MessageFormat.format(texts.getString(key + ".subject"), subjectArguments),
                MessageFormat.format(texts.getString(key + ".text"), textArguments), link, attachments);
    }

    /** Any of Atelier's mails: plain text with an HTML alternative of the same words, {@code link} clickable. */
    MimeMessage message(InternetAddress recipient, String language, String subject, String text, String link,
                        MimeBodyPart... attachments) throws MessagingException {
        MimeMessage message = new MimeMessage(transport.session());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, recipient);
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", language);

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(Html.paragraphs(text, link), "text/html; charset=UTF-8");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(new MimeMultipart("alternative", plain, html));

        MimeMultipart mixed = new MimeMultipart("mixed", body);
        for (MimeBodyPart attachment : attachments) {
            mixed.addBodyPart(attachment);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    /** The sender of every mail, as configured: "Name <address>". */
    String from() {
        return from;
    }

    /** Atelier's public address, with which every link in a mail starts. */
    String baseUrl() {
        return baseUrl;
    }

    void send(MimeMessage message, String name) {
        transport.send(message, name);
    }
}
