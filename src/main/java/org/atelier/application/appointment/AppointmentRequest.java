package org.atelier.application.appointment;

import java.time.Instant;

/**
 * What a visitor asks for: a service at a start time, with one host or (null) whichever of its
 * hosts is free then. As for seats, no price travels with it; {@code accountId} is the signed-in
 * caller's, set by the server; null for a guest.
 */
public record AppointmentRequest(long serviceId, Long hostAccountId, Instant start, String buyerName, String buyerEmail,
                                 String language, String idempotencyKey, Long accountId) {
}
