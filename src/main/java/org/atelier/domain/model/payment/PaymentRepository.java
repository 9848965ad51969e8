package org.atelier.domain.model.payment;

import java.util.List;
import java.util.Optional;

public interface PaymentRepository {

    Optional<Payment> findByCheckout(String provider, String checkoutId);

    List<Payment> findByBooking(long bookingId);

    Optional<Payment> findByProviderPaymentId(String provider, String providerPaymentId);

    void add(Payment payment);

    /**
     * Records that a provider's event arrived; false when it had arrived before. Written in the
     * caller's transaction, together with the event's effects.
     */
    boolean recordEvent(PaymentReport report, java.time.Instant now);
}
