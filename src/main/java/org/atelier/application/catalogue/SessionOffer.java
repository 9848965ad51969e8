package org.atelier.application.catalogue;

import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionStatus;

import java.time.Instant;

/** A session as offered to a visitor: when, where, how many seats are left, and the price per seat. */
public record SessionOffer(long id, String workshopSlug, String workshopTitle, Instant start, Instant end,
                           String location, int capacity, int seatsLeft, SessionStatus status, boolean bookable,
                           Money unitPrice) {

    static SessionOffer of(Session session, Instant now, Money unitPrice) {
        return new SessionOffer(session.id(), session.workshop().slug(), session.workshop().title(),
                session.startsAt(), session.endsAt(), session.location(), session.capacity(), session.seatsLeft(),
                session.status(), session.isBookableAt(now) && !session.isFull(), unitPrice);
    }

    public boolean isFull() {
        return seatsLeft == 0;
    }
}
