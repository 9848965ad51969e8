package org.atelier.domain.model.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface SessionRepository {

    Optional<Session> findById(long id);

    /** Scheduled and cancelled sessions of one workshop that start after {@code now}, earliest first. */
    List<Session> findUpcomingOf(Workshop workshop, Instant now);

    void add(Session session);

    /**
     * Takes seats in one conditional update, so that two buyers racing for the last seat can never
     * both get it. Answers whether the seats were taken.
     */
    boolean takeSeats(long sessionId, int quantity);

    /** Gives seats back, for example when a hold expires. */
    void releaseSeats(long sessionId, int quantity);

    /** Locks the session's row for this transaction and answers what holds depend on, as it is now. */
    SeatCount lockSeatCount(long sessionId);

    /** A session's seats and bookability, read under its row lock. */
    record SeatCount(int seatsLeft, SessionStatus status, Instant startsAt) {
    }
}
