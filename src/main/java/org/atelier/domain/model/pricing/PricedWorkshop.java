package org.atelier.domain.model.pricing;

import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Workshop;

/** What pricing needs to know of a workshop. */
public record PricedWorkshop(long workshopId, String category, Money listUnitPrice) {

    public static PricedWorkshop of(Workshop workshop) {
        return new PricedWorkshop(workshop.id(), workshop.category(), workshop.basePrice());
    }
}
