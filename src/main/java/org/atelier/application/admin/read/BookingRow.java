package org.atelier.application.admin.read;

import org.atelier.domain.model.booking.BookingState;
import org.atelier.domain.model.shared.Money;

import java.time.Instant;

/** A line of the admin's bookings table. */
public record BookingRow(String reference, BookingState state, String workshopTitle, Instant sessionStart,
                         int quantity, String buyerName, String buyerEmail, Money total, String roles,
                         String attendance, Instant createdAt) {
}
