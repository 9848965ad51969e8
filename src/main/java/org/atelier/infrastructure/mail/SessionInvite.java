package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import org.atelier.application.format.IcsCalendar;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.workshop.Session;

import java.time.Clock;

/**
 * The calendar attachment of a booking's mails: the invite with the confirmation and with a change
 * of session, its cancellation with the cancellation. Buyer and participants get the same event
 * (one UID per booking), so a change or cancellation reaches whichever copy a calendar holds. The
 * booking's version is the SEQUENCE: it only grows, and grows with every change.
 */
@ApplicationScoped
class SessionInvite {

    @Inject
    MailComposer composer;

    @Inject
    Clock clock;

    /**
     * The invite for {@code name} at {@code email}, pointing at {@code link}: the booking for its
     * buyer, the workshop for anyone else.
     */
    MimeBodyPart invite(Booking booking, String link, String name, String email) throws MessagingException {
        return part(booking, IcsCalendar.request(event(booking, link), parties(name, email)), "REQUEST");
    }

    MimeBodyPart cancellation(Booking booking, String link, String name, String email) throws MessagingException {
        return part(booking, IcsCalendar.cancellation(event(booking, link), parties(name, email)), "CANCEL");
    }

    private IcsCalendar.Event event(Booking booking, String link) {
        Session session = booking.session();
        String title = booking.workshopTitleForBuyer();
        return new IcsCalendar.Event(booking.reference() + "@atelier", booking.version(), session.startsAt(), session.endsAt(), title,
                session.location(), title + " · " + booking.reference() + " · " + link, link, clock.instant());
    }

    private static MimeBodyPart part(Booking booking, String ics, String method) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(ics, "text/calendar; charset=UTF-8; method=" + method);
        part.setFileName(booking.reference() + ".ics");
        return part;
    }

    /** The address mails come from is the organizer calendars see. */
    private IcsCalendar.Parties parties(String name, String email) throws AddressException {
        return new IcsCalendar.Parties(new InternetAddress(composer.from()).getAddress(), name, email);
    }
}
