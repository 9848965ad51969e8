package org.atelier.domain.model.payment;

/**
 * A provider that announces what happened to payments by signed deliveries (webhooks): the
 * capability beside {@link PaymentProvider}. Each delivery is checked and read into one report.
 */
public interface ProviderEvents {

    /**
     * Checks the delivery's signature on its exact bytes and reads it. A missing, wrong or stale
     * signature or a malformed payload is refused with a {@code BookingException}; an unconfigured
     * provider with a {@code TemporarilyUnavailableException}, so that the provider delivers again.
     */
    PaymentReport read(String payload, String signature);
}
