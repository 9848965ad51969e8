package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.atelier.application.format.Formats;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;

import java.io.UnsupportedEncodingException;

/** Tells the buyer that money went back: how much, why, for which booking. */
@ApplicationScoped
public class RefundMailer {

    @Inject
    MailComposer composer;

    @Inject
    RefundRepository refunds;

    @Inject
    BookingRepository bookings;

    public void send(long refundId) {
        Refund refund = refunds.findById(refundId).orElseThrow();
        Booking booking = bookings.findById(refund.bookingId()).orElseThrow();
        String amount = Formats.money(refund.amount(), booking.language());
        String title = booking.workshopTitleForBuyer();
        try {
            composer.send(composer.toBuyer(booking, "refund", new Object[]{amount, booking.reference()},
                    new Object[]{booking.buyer().name(), amount, title, booking.reference(), refund.reason(),
                            composer.bookingLink(booking)}), "refund-" + refund.id());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the refund mail of " + booking.reference(), e);
        }
    }
}
