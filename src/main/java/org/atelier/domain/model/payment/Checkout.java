package org.atelier.domain.model.payment;

/**
 * A checkout opened at a provider: its id there, and where to send the visitor (an absolute URL,
 * or a path inside Atelier starting with a slash).
 */
public record Checkout(String provider, String checkoutId, String redirectUrl) {
}
