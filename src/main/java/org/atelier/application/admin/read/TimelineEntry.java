package org.atelier.application.admin.read;

import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a booking, for its timeline: {@code kind} names the message that
 * tells it (BOOKED, PAID, REFUND, DISPUTE, MAIL, ADMIN), {@code amount} is the money involved if
 * any, {@code details} are the message's other values.
 */
public record TimelineEntry(Instant at, String kind, Money amount, List<String> details) {

    public TimelineEntry {
        details = List.copyOf(details);
    }

    public String detail(int index) {
        return index < details.size() ? details.get(index) : "";
    }
}
