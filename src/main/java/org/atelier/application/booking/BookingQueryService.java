package org.atelier.application.booking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingReference;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Payment;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Use case: a buyer opens their booking through its private link. */
@Stateless
public class BookingQueryService {

    @Inject
    BookingRepository bookings;

    @Inject
    BookingAccess access;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    /** Empty for a wrong token exactly as for an unknown reference, so that neither can be probed. */
    public Optional<BookingView> findForVisitor(String reference, String token) {
        return BookingReference.parse(reference)
                .filter(parsed -> access.permits(parsed, token))
                .flatMap(bookings::findByReference)
                .map(booking -> BookingView.of(booking, history(booking)));
    }

    /** The same view for an admin, who needs no link: the admin pages are guarded themselves. */
    public Optional<BookingView> findForAdmin(String reference) {
        return bookings.findByReference(reference).map(booking -> BookingView.of(booking, history(booking)));
    }

    /** A signed-in buyer's bookings, newest session first, each with its private link's token. */
    public List<AccountBooking> findForAccount(long accountId) {
        return bookings.findByAccount(accountId, 200).stream()
                .map(booking -> new AccountBooking(BookingView.of(booking), access.tokenFor(booking.reference())))
                .toList();
    }

    public record AccountBooking(BookingView booking, String token) {
    }

    /** Payments and refunds in the order they happened. */
    private List<BookingView.MoneyMovement> history(Booking booking) {
        List<BookingView.MoneyMovement> history = new ArrayList<>();
        for (Payment payment : payments.findByBooking(booking.id())) {
            history.add(new BookingView.MoneyMovement(payment.paidAt(), false, payment.amount(), payment.status().name(),
                    null));
        }
        for (Refund refund : refunds.findByBooking(booking.id())) {
            history.add(new BookingView.MoneyMovement(refund.createdAt(), true, refund.amount(), refund.status().name(),
                    refund.reason()));
        }
        history.sort(Comparator.comparing(BookingView.MoneyMovement::at));
        return history;
    }
}
