package org.atelier.application.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a host sees of the sessions they run: when and where, how full, and who comes (each
 * settled booking's buyer and the people they bring). A read port: persistence answers it in one
 * query.
 */
public interface HostSchedule {

    /** The host's sessions from {@code from} until {@code until}, cancelled ones left out, soonest first. */
    List<HostedSession> sessionsOf(long hostAccountId, Instant from, Instant until);

    /** One session, whoever hosts it (its host's account, if any, is in the answer). */
    Optional<HostedSession> session(long sessionId);

    record HostedSession(long sessionId, String workshopTitle, Instant startsAt, String location, int capacity,
                         int seatsTaken, Long hostAccountId, List<Attendance> bookings) {

        public HostedSession {
            bookings = List.copyOf(bookings);
        }
    }

    /** One settled booking: the buyer, the seats, and the others named for them (with addresses, where given). */
    record Attendance(String reference, String buyerName, String buyerEmail, int seats, List<Guest> participants) {

        public Attendance {
            participants = List.copyOf(participants);
        }
    }

    /** Someone the buyer brings; {@code email} is null when none was given. */
    record Guest(String name, String email) {

        /** As the host's page writes it: the name, and the address in brackets when there is one. */
        public String label() {
            return email == null ? name : name + " (" + email + ")";
        }
    }
}
