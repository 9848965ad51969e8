package org.atelier.application.catalogue;

import org.atelier.domain.model.shared.BilingualText;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.CancellationPolicy;
import org.atelier.domain.model.workshop.Workshop;

import java.time.Duration;
import java.util.List;

/** A published workshop with its upcoming sessions, as the workshop page and the API show it. */
public record WorkshopOffer(String slug, BilingualText title, BilingualText description, String category,
                            String hostName, String imagePath, Duration duration, int maxSeatsPerBooking,
                            PriceTag price, List<SessionOffer> sessions, CancellationPolicy cancellationPolicy) {

    static WorkshopOffer of(Workshop workshop, PriceTag price, List<SessionOffer> sessions) {
        return new WorkshopOffer(workshop.slug(), workshop.titles(), workshop.descriptions(), workshop.category(),
                workshop.hostName(), workshop.imagePath(), workshop.duration(), workshop.maxSeatsPerBooking(),
                price, List.copyOf(sessions), workshop.cancellationPolicy().copy());
    }

    /** One seat at the viewer's price. */
    public Money unitPrice() {
        return price.single().total();
    }
}
