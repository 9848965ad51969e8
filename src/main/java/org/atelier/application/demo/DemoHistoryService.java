package org.atelier.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.booking.Seats;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.PaymentRepository;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PricingRuleRepository;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * The demo workspace's bookings: a year of past sessions on every workshop (every two to four
 * weeks, fuller in spring and autumn than in summer, busier towards today), booked, paid,
 * refunded and attended as {@link DemoBookings} tells, and the bookings of the upcoming sessions,
 * so that a newcomer's analytics have trends to show. Loaded once, after the catalogue and the
 * pricing rules, into a database without bookings.
 */
@Stateless
public class DemoHistoryService {

    /** How full a session gets in each month, January first, relative to its busiest month. */
    private static final double[] SEASON = {0.6, 0.7, 0.85, 0.9, 0.85, 0.7, 0.45, 0.5, 0.9, 1.0, 0.95, 0.75};
    private static final int WEEKS = 52;

    @Inject
    DemoSpace space;

    @Inject
    WorkshopRepository workshops;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    PricingRuleRepository rules;

    @Inject
    Seats seats;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    /** Answers whether it loaded anything; a second instance starting at the same time waits and skips. */
    public boolean loadIfNoBookings() {
        if (!space.lockBookingsIfEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        DemoBookings demo = new DemoBookings(bookings, payments, refunds, new PriceList(rules.findLive(), zone),
                new Random(2026), now);
        List<DemoCatalogue.DemoWorkshop> catalogue = DemoCatalogue.WORKSHOPS;
        for (int index = 0; index < catalogue.size(); index++) {
            DemoCatalogue.DemoWorkshop listed = catalogue.get(index);
            Workshop workshop = workshops.findBySlug(listed.slug()).orElse(null);
            if (workshop == null) {
                continue;
            }
            List<Session> upcoming = sessions.findUpcomingOf(workshop, now);
            double popularity = 0.45 + 0.5 * listed.seatsTaken()[0] / listed.capacity();
            int every = 2 + index % 3;
            for (int weeksAgo = WEEKS; weeksAgo >= 1; weeksAgo--) {
                if ((weeksAgo + index) % every != 0) {
                    continue;
                }
                LocalDate day = today.minusWeeks(weeksAgo).plusDays(listed.firstDay() % 7);
                Instant start = day.atTime(listed.hour(), 0).atZone(zone).toInstant();
                Session session = workshop.schedule(start, listed.location(), listed.capacity(),
                        start.minus(Duration.ofDays(42)));
                sessions.add(session);
                double growth = 0.75 + 0.25 * (WEEKS - weeksAgo) / WEEKS;
                demo.fillPast(session, popularity * SEASON[day.getMonthValue() - 1] * growth);
            }
            for (int i = 0; i < upcoming.size() && i < listed.seatsTaken().length; i++) {
                demo.fillUpcoming(upcoming.get(i), listed.seatsTaken()[i]);
            }
        }
        bookings.flush();
        demo.takeBookedSeats(seats);
        demo.refundWhatWasCancelled();
        // The analytics' daily roll-up may have run before these old days existed: build it anew.
        space.rebuildAnalytics();
        return true;
    }
}
