package org.atelier.application.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.Checkout;
import org.atelier.domain.model.payment.CheckoutRequest;
import org.atelier.domain.model.payment.PaymentProvider;

/**
 * Use case: send a visitor with a held booking to pay. The provider is called outside any
 * transaction (no lock waits on Stripe); what it answers is recorded in a short one afterwards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckoutService {

    @Inject
    CheckoutRecords records;

    @Inject
    PaymentProvider provider;

    /**
     * Answers where to send the visitor: the provider's checkout, or the booking page (a path
     * inside Atelier) when nothing is owed.
     */
    public String startCheckout(String reference, String token) {
        CheckoutRequest request = records.prepare(reference, token, provider.name(), provider.minimumCheckoutLifetime());
        if (request == null) {
            return "/booking/" + reference + "?t=" + token;
        }
        Checkout checkout = provider.startCheckout(request);
        records.recordCheckout(reference, checkout);
        return checkout.redirectUrl();
    }
}
