package org.atelier.domain.model.payment;

import org.atelier.domain.model.shared.Money;

/** What a provider says it received: for which checkout, under which id of its own, how much. */
public record ReceivedPayment(String provider, String checkoutId, String providerPaymentId, Money amount) {
}
