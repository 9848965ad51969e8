package org.atelier.application.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.format.Csv;

import java.util.Optional;

/**
 * Use case: the list of who comes to a session, for its host or an admin, as CSV: one line per
 * person (the buyer first, then the people they bring), with the booking they came with. Anyone
 * else finds no list, the same answer as for a session that does not exist.
 */
@Stateless
public class ParticipantList {

    @Inject
    HostSchedule schedule;

    /** {@code viewerId} is the signed-in account; {@code admin} whether it is an admin's. */
    public Optional<String> csv(long sessionId, long viewerId, boolean admin) {
        return schedule.session(sessionId)
                .filter(session -> admin || session.hostAccountId() != null && session.hostAccountId() == viewerId)
                .map(session -> {
                    StringBuilder csv = new StringBuilder(Csv.line("Name", "E-mail", "Booked by", "Reference", "Seats"));
                    for (HostSchedule.Attendance booking : session.bookings()) {
                        csv.append(Csv.line(booking.buyerName(), booking.buyerEmail(), booking.buyerName(),
                                booking.reference(), Integer.toString(booking.seats())));
                        for (HostSchedule.Guest guest : booking.participants()) {
                            csv.append(Csv.line(guest.name(), guest.email(), booking.buyerName(), booking.reference(), ""));
                        }
                    }
                    return csv.toString();
                });
    }
}
