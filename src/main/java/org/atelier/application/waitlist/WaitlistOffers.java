package org.atelier.application.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.atelier.application.booking.Seats;
import org.atelier.application.booking.SeatsFreed;
import org.atelier.application.port.AfterCommitWork;
import org.atelier.application.pricing.PricingService;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingParty;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.waitlist.WaitlistEntry;
import org.atelier.domain.model.waitlist.WaitlistRepository;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whenever seats of a session come free, in the transaction that frees them, the waiting entries
 * that fit are offered them, first come first served: each gets a booking that holds its seats
 * for the offer window ({@code atelier.waitlist.offer-hours}, default 12, never past the start),
 * so they are sold to no one else meanwhile, and a mail with the booking's link. Free seats (a
 * resident's) are booked at once. The session's row, which freeing the seats locked, serialises
 * this per session: however many seats come free at once, each is offered once and no one is
 * passed over. An offer that lapses frees its seats again, which offers them to the next entry.
 */
@ApplicationScoped
public class WaitlistOffers {

    @Inject
    WaitlistRepository waitlist;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    Seats seats;

    @Inject
    PricingService pricing;

    @Inject
    AfterCommitWork outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "atelier.waitlist.offer-hours", defaultValue = "12")
    int offerHours;

    void offerFreedSeats(@Observes SeatsFreed freed) {
        Instant now = clock.instant();
        for (long lapsed : waitlist.lapsedOffers(freed.sessionId())) {
            outbox.offerExpiredMail(lapsed, now);
        }
        Session session = sessions.findById(freed.sessionId()).orElseThrow();
        if (!session.isBookableAt(now)) {
            return;
        }
        int left = sessions.lockSeatCount(session.id()).seatsLeft();
        List<WaitlistEntry> line = left == 0 ? List.of() : waitlist.lockWaiting(session.id());
        for (WaitlistEntry entry : line) {
            if (entry.seats() <= left) {
                offer(session, entry, now);
                left -= entry.seats();
            }
        }
    }

    private void offer(Session session, WaitlistEntry entry, Instant now) {
        PriceQuote price = pricing.priceList().quote(PricedWorkshop.of(session.workshop()), entry.seats(),
                pricing.buyer(entry.accountId().orElse(null), now), now);
        Instant until = now.plus(Duration.ofHours(offerHours));
        Booking offer = Booking.hold(session, entry.seats(), new BookingParty(entry.person(), List.of(), entry.language(),
                entry.accountId().orElse(null)), price, until.isBefore(session.startsAt()) ? until : session.startsAt(),
                "waitlist:" + entry.reference(), now);
        if (!seats.take(session.id(), entry.seats())) {
            throw new IllegalStateException("Session " + session.id() + " changed under its own row lock");
        }
        if (price.isFree()) {
            offer.confirm(now);
        }
        bookings.add(offer);
        bookings.flush();
        entry.offer(offer.id(), now);
        if (price.isFree()) {
            outbox.confirmationMail(offer, now);
            outbox.calendarSync(offer, now);
        } else {
            outbox.waitlistOfferMail(offer, now);
        }
    }
}
