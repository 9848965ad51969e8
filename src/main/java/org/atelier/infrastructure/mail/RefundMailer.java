package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.infrastructure.i18n.Formats;
import org.atelier.infrastructure.time.WorkspaceZone;

import java.io.UnsupportedEncodingException;
import java.time.ZoneId;

/** Tells the buyer that money went back (how much, why, for which booking), or that a booking was cancelled. */
@ApplicationScoped
public class RefundMailer {

    @Inject
    MailComposer composer;

    @Inject
    RefundRepository refunds;

    @Inject
    BookingRepository bookings;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public void send(long refundId) {
        Refund refund = refunds.findById(refundId).orElseThrow();
        Booking booking = bookings.findById(refund.bookingId()).orElseThrow();
        String amount = Formats.money(refund.amount(), booking.language());
        String title = booking.session().workshop().title();
        try {
            composer.send(composer.toBuyer(booking, "refund", new Object[]{amount, booking.reference()},
                    new Object[]{booking.buyer().name(), amount, title, booking.reference(), refund.reason(),
                            composer.bookingLink(booking)}), "refund-" + refund.id());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the refund mail of " + booking.reference(), e);
        }
    }

    /** Tells the buyer the booking is cancelled; money paid comes back with a refund mail of its own. */
    public void sendCancellation(long bookingId) {
        Booking booking = bookings.findById(bookingId).orElseThrow();
        String title = booking.session().workshop().title();
        String when = Formats.longDateTime(booking.session().startsAt(), zone, booking.language());
        try {
            composer.send(composer.toBuyer(booking, "cancellation", new Object[]{title, booking.reference()},
                    new Object[]{booking.buyer().name(), title, when, booking.reference(), composer.bookingLink(booking)}),
                    "cancellation-" + booking.reference());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the cancellation mail of " + booking.reference(), e);
        }
    }
}
