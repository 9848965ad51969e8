package org.atelier.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.domain.model.pricing.PricingService;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;
import org.atelier.domain.model.workshop.Workshop;
import org.atelier.domain.model.workshop.WorkshopRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the public catalogue: what a visitor can book. */
@Stateless
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
    public List<WorkshopCard> publishedWorkshops() {
        Instant now = clock.instant();
        Map<Long, List<Session>> upcomingByWorkshop = new LinkedHashMap<>();
        for (Session session : sessions.findUpcomingOfPublishedWorkshops(now)) {
            upcomingByWorkshop.computeIfAbsent(session.workshop().id(), id -> new ArrayList<>()).add(session);
        }
        List<WorkshopCard> cards = new ArrayList<>();
        for (Workshop workshop : workshops.findPublished()) {
            cards.add(card(workshop, upcomingByWorkshop.getOrDefault(workshop.id(), List.of())));
        }
        cards.sort(Comparator.comparing((WorkshopCard card) -> card.seatsLeft() == 0)
                .thenComparing(card -> card.nextSessionStart().orElse(Instant.MAX))
                .thenComparing(WorkshopCard::title));
        return cards;
    }

    /** Published workshops with their upcoming sessions, for the API. */
    public List<WorkshopOffer> publishedOffers() {
        Instant now = clock.instant();
        Map<Long, List<SessionOffer>> upcoming = new LinkedHashMap<>();
        for (Session session : sessions.findUpcomingOfPublishedWorkshops(now)) {
            upcoming.computeIfAbsent(session.workshop().id(), id -> new ArrayList<>())
                    .add(SessionOffer.of(session, now, pricing.unitPrice(session.workshop())));
        }
        return workshops.findPublished().stream()
                .map(w -> WorkshopOffer.of(w, pricing.unitPrice(w), upcoming.getOrDefault(w.id(), List.of())))
                .toList();
    }

    /** One published workshop with its upcoming sessions, for its page. */
    public Optional<WorkshopOffer> publishedOffer(String slug) {
        Instant now = clock.instant();
        return workshops.findBySlug(slug).filter(Workshop::isPublished).map(workshop -> {
            Money unitPrice = pricing.unitPrice(workshop);
            List<SessionOffer> offers = sessions.findUpcomingOf(workshop, now).stream()
                    .map(session -> SessionOffer.of(session, now, unitPrice)).toList();
            return WorkshopOffer.of(workshop, unitPrice, offers);
        });
    }

    /** A session of a published workshop, past or future, for the API. */
    public Optional<SessionOffer> session(long id) {
        Instant now = clock.instant();
        return sessions.findById(id).filter(session -> session.workshop().isPublished())
                .map(session -> SessionOffer.of(session, now, pricing.unitPrice(session.workshop())));
    }

    /** The total for {@code quantity} seats at a session, as the booking would charge it. */
    public Money quote(long sessionId, int quantity) {
        Session session = sessions.findById(sessionId).orElseThrow(
                () -> new org.atelier.domain.model.shared.NotFoundException("session.unknown", sessionId));
        return pricing.total(session.workshop(), quantity);
    }

    private WorkshopCard card(Workshop workshop, List<Session> upcoming) {
        Optional<Session> next = upcoming.stream().filter(session -> !session.isFull()).findFirst()
                .or(() -> upcoming.stream().findFirst());
        return new WorkshopCard(workshop.slug(), workshop.title(), workshop.category(), workshop.imagePath(),
                next.map(Session::startsAt), next.map(Session::seatsLeft).orElse(0), upcoming.size(),
                pricing.unitPrice(workshop));
    }
}
