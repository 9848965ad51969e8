package org.atelier.domain.model.payment;

import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;

/** More was asked back than is left to refund; says how much that is. */
public class RefundTooLargeException extends BookingException {

    private final transient Money refundable;

    public RefundTooLargeException(Money refundable) {
        super("refund.tooLarge", refundable.amount(), refundable.currency().getCurrencyCode());
        this.refundable = refundable;
    }

    public Money refundable() {
        return refundable;
    }
}
