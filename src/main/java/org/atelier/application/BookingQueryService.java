package org.atelier.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.BookingReference;
import org.atelier.domain.model.booking.BookingRepository;

import java.util.Optional;

/** Use case: a buyer opens their booking through its private link. */
@Stateless
public class BookingQueryService {

    @Inject
    BookingRepository bookings;

    @Inject
    BookingAccess access;

    /** Empty for a wrong token exactly as for an unknown reference, so that neither can be probed. */
    public Optional<BookingView> findForVisitor(String reference, String token) {
        return BookingReference.parse(reference)
                .filter(parsed -> access.permits(parsed, token))
                .flatMap(bookings::findByReference)
                .map(BookingView::of);
    }
}
