package org.atelier.application.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.pricing.PricingService;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.pricing.PricedBuyer;
import org.atelier.domain.model.pricing.PricedWorkshop;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the public catalogue: what a viewer can book, at the viewer's prices. {@code viewerId}
 * is the signed-in account's id, null for a guest; the API always prices for a guest. It only
 * reads, so it opens no transaction of its own: the busiest page skips a commit per view.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogueService {

    @Inject
    WorkshopRepository workshops;

    @Inject
    SessionRepository sessions;

    @Inject
    PricingService pricing;

    @Inject
    Clock clock;

    /** Published workshops, those with a bookable session first, then by their next date. */
    public List<WorkshopCard> publishedWorkshops(Long viewerId) {
        Instant now = clock.instant();
        Pricer pricer = new Pricer(pricing.priceList(), pricing.buyer(viewerId, now), now);
        List<WorkshopCard> cards = new ArrayList<>();
        for (WorkshopRepository.Upcoming published : workshops.findPublishedWithUpcomingSessions(now)) {
            cards.add(card(published.workshop(), published.sessions(), pricer.tag(published.workshop())));
        }
        cards.sort(Comparator.comparing((WorkshopCard card) -> card.seatsLeft() == 0)
                .thenComparing(card -> card.nextSessionStart().orElse(Instant.MAX))
                .thenComparing(card -> card.title().english()));
        return cards;
    }

    /** Published workshops with their upcoming sessions, at a guest's prices, for the API. */
    public List<WorkshopOffer> publishedOffers() {
        Instant now = clock.instant();
        Pricer pricer = new Pricer(pricing.priceList(), PricedBuyer.ANONYMOUS, now);
        return workshops.findPublishedWithUpcomingSessions(now).stream().map(published -> {
            PriceTag tag = pricer.tag(published.workshop());
            return WorkshopOffer.of(published.workshop(), tag, published.sessions().stream()
                    .map(session -> SessionOffer.of(session, now, pricer.single(session.workshop()).total())).toList());
        }).toList();
    }

    /** One published workshop (not a service: its page is the studio's) with its upcoming sessions, for its page. */
    public Optional<WorkshopOffer> publishedOffer(String slug, Long viewerId) {
        Instant now = clock.instant();
        return workshops.findBySlug(slug).filter(Workshop::isPublished).filter(workshop -> !workshop.isService()).map(workshop -> {
            PriceTag tag = new Pricer(pricing.priceList(), pricing.buyer(viewerId, now), now).tag(workshop);
            List<SessionOffer> offers = sessions.findUpcomingOf(workshop, now).stream()
                    .map(session -> SessionOffer.of(session, now, tag.single().total())).toList();
            return WorkshopOffer.of(workshop, tag, offers);
        });
    }

    /** A session of a published workshop, past or future, at a guest's price, for the API. */
    public Optional<SessionOffer> session(long id) {
        Instant now = clock.instant();
        return sessions.findById(id).filter(session -> session.workshop().isPublished() && !session.isAppointment())
                .map(session -> SessionOffer.of(session, now, new Pricer(pricing.priceList(), PricedBuyer.ANONYMOUS, now)
                        .single(session.workshop()).total()));
    }

    /** The price of {@code quantity} seats at a session for this viewer, as the booking would charge it. */
    public PriceQuote quote(long sessionId, int quantity, Long viewerId) {
        Instant now = clock.instant();
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session.unknown", sessionId));
        return pricing.priceList().quote(PricedWorkshop.of(session.workshop()), quantity, pricing.buyer(viewerId, now), now);
    }

    private static WorkshopCard card(Workshop workshop, List<Session> upcoming, PriceTag price) {
        Optional<Session> next = upcoming.stream().filter(session -> !session.isFull()).findFirst()
                .or(() -> upcoming.stream().findFirst());
        return new WorkshopCard(workshop.slug(), workshop.titles(), workshop.category(), workshop.imagePath(),
                next.map(Session::startsAt), next.map(Session::seatsLeft).orElse(0), upcoming.size(), price);
    }

    /** One viewer's prices at one moment, under one reading of the rules. */
    private record Pricer(PriceList list, PricedBuyer buyer, Instant now) {

        PriceQuote single(Workshop workshop) {
            return list.quote(PricedWorkshop.of(workshop), 1, buyer, now);
        }

        PriceTag tag(Workshop workshop) {
            PricedWorkshop priced = PricedWorkshop.of(workshop);
            return new PriceTag(single(workshop), list.groupOffers(priced, workshop.maxSeatsPerBooking(), buyer, now),
                    list.advertised(priced, buyer, now));
        }
    }
}
