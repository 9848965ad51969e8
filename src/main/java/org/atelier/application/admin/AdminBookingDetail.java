package org.atelier.application.admin;

import org.atelier.application.admin.read.TimelineEntry;
import org.atelier.application.booking.BookingView;
import org.atelier.domain.model.booking.Attendance;
import org.atelier.domain.model.shared.Money;

import java.util.List;
import java.util.Optional;

/**
 * A booking on the admin's detail page: what the buyer sees, plus the version any action must
 * name, what was paid and can still be refunded, attendance and the timeline.
 */
public record AdminBookingDetail(BookingView booking, long version, Money paid, Money refundable,
                                 Optional<Attendance> attendance, String roles, List<TimelineEntry> timeline) {

    public AdminBookingDetail {
        timeline = List.copyOf(timeline);
    }

    public boolean isRefundable() {
        return !refundable.isZero();
    }

    /** A refund is on its way to the provider: the page keeps looking until it is settled. */
    public boolean isSettling() {
        return timeline.stream().anyMatch(entry -> "REFUND".equals(entry.kind())
                && ("REQUESTED".equals(entry.detail(0)) || "PENDING".equals(entry.detail(0))));
    }
}
