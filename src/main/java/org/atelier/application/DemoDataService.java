package org.atelier.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.booking.BookingParty;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.booking.Buyer;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PricedBuyer;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopDetails;
import org.atelier.domain.model.workshop.WorkshopRepository;
import org.atelier.infrastructure.time.WorkspaceZone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Fills an empty database with the demo workspace, once. */
@Stateless
public class DemoDataService {

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    WorkshopRepository workshops;

    @Inject
    SessionRepository sessions;

    @Inject
    BookingRepository bookings;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    /** Answers whether it loaded anything; a second instance starting at the same time waits and skips. */
    public boolean loadIfCatalogueEmpty() {
        em.createNativeQuery("lock table workshop in exclusive mode").executeUpdate();
        if (!workshops.isCatalogueEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (DemoCatalogue.DemoWorkshop demo : DemoCatalogue.WORKSHOPS) {
            Workshop workshop = new Workshop(new WorkshopDetails(demo.slug(), demo.title(), demo.description(),
                    demo.category(), demo.host(), "images/workshops/" + demo.category() + ".svg",
                    Duration.ofMinutes(demo.minutes())), Money.of(demo.priceCents(), "EUR"), demo.maxPerBooking(), now);
            workshop.publish(now);
            workshops.add(workshop);
            for (int week = 0; week < demo.seatsTaken().length; week++) {
                Instant start = today.plusDays(demo.firstDay() + 7L * week).atTime(demo.hour(), 0)
                        .atZone(zone).toInstant();
                Session session = workshop.schedule(start, demo.location(), demo.capacity(), now);
                sessions.add(session);
                bookSeats(session, demo.seatsTaken()[week], now);
            }
        }
        return true;
    }

    /** Taken seats belong to real confirmed bookings, so counts and bookings always agree. */
    private final PriceList listPrice = new PriceList(List.of(), ZoneId.of("UTC"));

    private void bookSeats(Session session, int seats, Instant now) {
        int guest = 0;
        while (seats > 0) {
            int quantity = Math.min(seats, session.workshop().maxSeatsPerBooking());
            session.takeSeats(quantity);
            guest++;
            BookingParty party = new BookingParty(new Buyer("Demo guest " + guest, "guest" + guest + "@example.org"),
                    List.of(), guest % 3 == 0 ? "nl" : "en");
            Booking booking = Booking.hold(session, quantity, party, listPrice.quote(PricedWorkshop.of(session.workshop()),
                    quantity, PricedBuyer.ANONYMOUS, now), now.plus(Duration.ofMinutes(30)), null, now);
            booking.confirm(now);
            bookings.add(booking);
            seats -= quantity;
        }
    }
}
