package org.atelier.application.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.domain.model.account.AccountRepository;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.pricing.PriceList;
import org.atelier.domain.model.pricing.PricedBuyer;
import org.atelier.domain.model.pricing.PricingRuleRepository;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one place prices come from, whether shown on a card or charged: the live rules as a
 * {@link PriceList}, and the buyer as pricing sees them, read from the database at that moment.
 * The prices themselves are worked out by the domain's {@link PriceList}, a pure calculation.
 */
@ApplicationScoped
public class PricingService {

    @Inject
    PricingRuleRepository rules;

    @Inject
    AccountRepository accounts;

    @Inject
    BookingRepository bookings;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    public PriceList priceList() {
        return new PriceList(rules.findLive(), zone);
    }

    /** Roles as they are now, not as they were at sign-in: a role granted a minute ago counts. */
    public PricedBuyer buyer(Long accountId, Instant now) {
        return Optional.ofNullable(accountId).flatMap(accounts::findById)
                .map(account -> new PricedBuyer(account.roles(),
                        bookings.freeBookingsSince(account.id(), PriceList.monthStart(now, zone))))
                .orElse(PricedBuyer.ANONYMOUS);
    }
}
