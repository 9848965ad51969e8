package org.atelier.application.appointment;

import java.time.Instant;

/** A time a visitor can book: when it starts and ends, and with whom. */
public record FreeSlot(Instant start, Instant end, long hostAccountId, String hostName) {
}
