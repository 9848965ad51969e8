package org.atelier.application.admin.read;

import org.atelier.domain.model.account.Role;
import org.atelier.domain.model.booking.BookingState;

import java.time.Instant;

/**
 * What the admin's bookings table is narrowed to; null parts narrow nothing. {@code search} is a
 * booking reference, or the start of a buyer's e-mail address or name. The period is when the
 * booking was made, from inclusive to until exclusive.
 */
public record BookingFilter(BookingState state, Long workshopId, Long sessionId, Instant from, Instant until,
                            Role role, String search) {

    public static final BookingFilter NONE = new BookingFilter(null, null, null, null, null, null, null);
}
