package org.atelier.application.calendar;

import java.time.Instant;
import java.util.List;

/**
 * What a host sees of the sessions they run: when and where, how full, and who comes (each
 * settled booking's buyer and the people they bring). A read port: persistence answers it in one
 * query.
 */
public interface HostSchedule {

    /** The host's sessions from {@code from} until {@code until}, cancelled ones left out, soonest first. */
    List<HostedSession> sessionsOf(long hostAccountId, Instant from, Instant until);

    record HostedSession(long sessionId, String workshopTitle, Instant startsAt, String location, int capacity,
                         int seatsTaken, List<Attendance> bookings) {

        public HostedSession {
            bookings = List.copyOf(bookings);
        }
    }

    /** One settled booking: the buyer, the seats, and the names (with addresses, where given) of the others. */
    record Attendance(String reference, String buyerName, String buyerEmail, int seats, List<String> participants) {

        public Attendance {
            participants = List.copyOf(participants);
        }
    }
}
