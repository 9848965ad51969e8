package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.atelier.application.format.Formats;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.io.UnsupportedEncodingException;
import java.time.ZoneId;

/**
 * The waitlist's mails to the person waiting, in their language: seats are held for you (with the
 * link that takes them, and until when), or the offer lapsed and went to the next person.
 */
@ApplicationScoped
public class WaitlistMailer {

    @Inject
    MailComposer composer;

    @Inject
    BookingRepository bookings;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    /** Not sent when the offer was taken up or declined before the mail went out: there is nothing to ask. */
    public void sendOffer(long offerBookingId) {
        Booking offer = bookings.findById(offerBookingId).orElseThrow();
        if (!offer.state().isAwaitingPayment()) {
            return;
        }
        String title = offer.workshopTitleForBuyer();
        String language = offer.language();
        send(offer, "waitlist.offer", new Object[]{title, offer.reference()},
                new Object[]{offer.buyer().name(), title, Formats.longDateTime(offer.session().startsAt(), zone, language),
                        offer.quantity(), Formats.longDateTime(offer.holdExpiresAt().orElseThrow(), zone, language),
                        Formats.money(offer.total(), language), composer.bookingLink(offer), zone.getId()});
    }

    public void sendExpired(long offerBookingId) {
        Booking offer = bookings.findById(offerBookingId).orElseThrow();
        String title = offer.workshopTitleForBuyer();
        send(offer, "waitlist.expired", new Object[]{title, offer.reference()},
                new Object[]{offer.buyer().name(), title,
                        Formats.longDateTime(offer.session().startsAt(), zone, offer.language()),
                        composer.workshopLink(offer)});
    }

    private void send(Booking offer, String key, Object[] subject, Object[] text) {
        try {
            composer.send(composer.toBuyer(offer, key, subject, text), key + "-" + offer.reference());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose " + key + " for " + offer.reference(), e);
        }
    }
}
