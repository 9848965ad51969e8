package org.atelier.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopDetails;
import org.atelier.domain.model.workshop.WorkshopRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Fills an empty catalogue with the demo workshops and their upcoming sessions, once; their
 * bookings come with the demo's history ({@link DemoHistoryService}).
 */
@Stateless
public class DemoDataService {

    @Inject
    DemoSpace space;

    @Inject
    WorkshopRepository workshops;

    @Inject
    SessionRepository sessions;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    /** Answers whether it loaded anything; a second instance starting at the same time waits and skips. */
    public boolean loadIfCatalogueEmpty() {
        space.lockWorkshops();
        if (!workshops.isCatalogueEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Instant opened = now.minus(Duration.ofDays(400)); // before the demo's year of history
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (DemoCatalogue.DemoWorkshop demo : DemoCatalogue.WORKSHOPS) {
            WorkshopDetails details = new WorkshopDetails(demo.slug(), new BilingualText(demo.title(), demo.titleNl()),
                    new BilingualText(demo.description(), demo.descriptionNl()), demo.category(), demo.host(),
                    "images/workshops/" + demo.category() + ".svg", Duration.ofMinutes(demo.minutes()));
            Workshop workshop = new Workshop(details, Money.of(demo.priceCents(), "EUR"), demo.maxPerBooking(), opened);
            workshop.publish(opened);
            workshops.add(workshop);
            for (int week = 0; week < demo.seatsTaken().length; week++) {
                Instant start = today.plusDays(demo.firstDay() + 7L * week).atTime(demo.hour(), 0)
                        .atZone(zone).toInstant();
                sessions.add(workshop.schedule(start, demo.location(), demo.capacity(), now));
            }
        }
        return true;
    }
}
