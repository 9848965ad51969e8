package org.atelier.domain.model.payment;

import org.atelier.domain.model.shared.Money;

import java.util.Optional;

public interface RefundRepository {

    Optional<Refund> findById(long id);

    Optional<Refund> findByProviderRefundId(String providerRefundId);

    java.util.List<Refund> findByBooking(long bookingId);

    void add(Refund refund);

    /**
     * Sets {@code amount} aside on the payment for a refund, in one conditional update: false when
     * that would give back more than was paid, whatever other refunds are racing.
     */
    boolean reserve(Payment payment, Money amount);

    /**
     * Records that {@code retry} asks again for the failed refund, in one conditional update:
     * false when it is not failed or was asked for again already, whoever got there first.
     */
    boolean markRetried(Refund failed, Refund retry);

    /** Gives a failed refund's amount back to what can still be refunded. */
    void unreserve(Payment payment, Money amount);

    /** What can still be refunded of a payment, as the database has it now. */
    Money refundable(Payment payment);

    /** What has been given back for real on a booking (succeeded refunds), in its currency. */
    long succeededAmount(long bookingId);
}
