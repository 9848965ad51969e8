package org.atelier.infrastructure.stripe;

import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.CheckoutLookup;
import org.atelier.domain.model.payment.ReceivedPayment;

import java.util.Optional;
import java.util.Set;

/** Retrieves (and expires) Checkout Sessions for reconciliation. */
@ApplicationScoped
public class StripeCheckoutLookup implements CheckoutLookup {

    private static final Set<String> PAID = Set.of("paid", "no_payment_required");

    @Inject
    StripePaymentProvider stripe;

    static boolean isPaid(Session session) {
        return PAID.contains(session.getPaymentStatus());
    }

    /** What a paid Checkout Session took: its PaymentIntent and the total in minor units. */
    static ReceivedPayment receivedPayment(Session session) {
        return new ReceivedPayment(StripePaymentProvider.NAME, session.getId(), session.getPaymentIntent(),
                StripeEvents.money(session.getAmountTotal() == null ? 0 : session.getAmountTotal(), session.getCurrency()));
    }

    @Override
    public String name() {
        return StripePaymentProvider.NAME;
    }

    @Override
    public CheckoutState lookUp(String checkoutId) {
        try {
            return stateOf(stripe.client().v1().checkout().sessions().retrieve(checkoutId));
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe could not say how checkout " + checkoutId + " stands: " + e.getMessage(), e);
        }
    }

    @Override
    public CheckoutState close(String checkoutId) {
        try {
            return stateOf(stripe.client().v1().checkout().sessions().expire(checkoutId));
        } catch (StripeException e) {
            // Most likely it completed in the meantime; what it is now decides.
            return lookUp(checkoutId);
        }
    }

    static CheckoutState stateOf(Session session) {
        if (isPaid(session)) {
            return new CheckoutState(CheckoutState.Status.PAID, Optional.of(receivedPayment(session)));
        }
        CheckoutState.Status status = switch (session.getStatus() == null ? "" : session.getStatus()) {
            case "expired" -> CheckoutState.Status.EXPIRED;
            case "complete" -> CheckoutState.Status.PROCESSING;
            default -> CheckoutState.Status.OPEN;
        };
        return new CheckoutState(status, Optional.empty());
    }
}
