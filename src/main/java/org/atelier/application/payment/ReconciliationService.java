package org.atelier.application.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.BookingRepository.PendingCheckout;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.CheckoutLookup.CheckoutState;
import org.atelier.domain.model.payment.CheckoutLookup;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Use case: bookings still waiting for a payment after their hold ran out are settled by asking the
 * provider, so that a lost webhook never loses a payment, and no hold is given up while it may
 * have been paid. The provider is asked outside any transaction; each answer is applied in one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconciliationService {

    private static final Logger LOG = Logger.getLogger(ReconciliationService.class.getName());

    @Inject
    BookingRepository bookings;

    @Inject
    PaymentOutcomeService outcomes;

    @Inject
    Instance<CheckoutLookup> lookups;

    @Inject
    Clock clock;

    /** Answers how many bookings were settled. */
    public int reconcile(int limit) {
        int settled = 0;
        for (PendingCheckout pending : bookings.findCheckoutsPastHold(clock.instant(), limit)) {
            Optional<CheckoutLookup> lookup = lookups.stream().filter(l -> l.name().equals(pending.provider())).findFirst();
            if (lookup.isEmpty()) {
                continue;
            }
            try {
                settled += settle(pending, lookup.get()) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not reconcile " + pending.reference() + "; trying again next round", e);
            }
        }
        return settled;
    }

    private boolean settle(PendingCheckout pending, CheckoutLookup lookup) {
        CheckoutState state = lookup.lookUp(pending.checkoutId());
        if (state.status() == CheckoutState.Status.OPEN) {
            state = lookup.close(pending.checkoutId());
        }
        switch (state.status()) {
            case PAID -> outcomes.paid(pending.reference(), state.payment().orElseThrow());
            case EXPIRED -> outcomes.expired(pending.reference(), Optional.of(pending.checkoutId()));
            default -> {
                return false;
            }
        }
        return true;
    }
}
