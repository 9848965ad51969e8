package org.atelier.domain.model.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.Workshop;

/**
 * The one place a price is decided, whether it is shown on a card or charged. For now a seat
 * costs the workshop's base price; role and group rules will plug in here.
 */
@ApplicationScoped
public class PricingService {

    public Money unitPrice(Workshop workshop) {
        return workshop.basePrice();
    }

    public Money total(Workshop workshop, int quantity) {
        if (quantity < 1) {
            throw new BookingException("booking.quantity.invalid", quantity);
        }
        return unitPrice(workshop).times(quantity);
    }
}
