package org.atelier.application.admin.read;

import java.util.List;

/** A booking's history as the admin reads it, oldest first, gathered from where each part is kept. */
public interface BookingTimeline {

    List<TimelineEntry> of(long bookingId);
}
