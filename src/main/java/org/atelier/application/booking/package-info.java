/** Holds and their batching, the one home of seats ({@code Seats}), hold expiry and booking links. */
package org.atelier.application.booking;
