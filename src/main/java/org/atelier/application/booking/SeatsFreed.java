package org.atelier.application.booking;

/**
 * Seats of a session were given back: a hold expired or was abandoned, a booking was cancelled or
 * refunded in full. Raised inside the transaction that freed them; an observer that acts on it
 * (a waitlist offering them) observes after success, so it never acts on seats a rollback kept.
 */
public record SeatsFreed(long sessionId, int seats) {
}
