package org.atelier.application.catalogue;

import org.atelier.domain.model.shared.BilingualText;

import java.time.Instant;
import java.util.Optional;

/**
 * What a card on /book says about a workshop: its next session that still has seats (or, when
 * every session is full, the next one), and the lowest price a visitor pays per seat.
 */
public record WorkshopCard(String slug, BilingualText title, String category, String imagePath,
                           Optional<Instant> nextSessionStart, int seatsLeft, int upcomingSessions,
                           PriceTag price) {

    public boolean isFull() {
        return upcomingSessions > 0 && seatsLeft == 0;
    }

    public boolean hasUpcomingSessions() {
        return upcomingSessions > 0;
    }
}
