package org.atelier.domain.model.workshop;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface SessionRepository {

    Optional<Session> findById(long id);

    /** Scheduled and cancelled sessions of one workshop that start after {@code now}, earliest first. */
    List<Session> findUpcomingOf(Workshop workshop, Instant now);

    void add(Session session);

    /** Sessions that start at {@code since} or later, with their workshops, soonest first. */
    List<Session> findStartingFrom(Instant since, int limit);

    /**
     * Sets a session's seats, never below those taken: one conditional update (the table's check
     * refuses it too). Answers whether it was changed.
     */
    boolean changeCapacity(long sessionId, int capacity);

    /**
     * Takes seats in one conditional update, so that two buyers racing for the last seat can never
     * both get it. Answers whether the seats were taken.
     */
    boolean takeSeats(long sessionId, int quantity);

    /**
     * Takes seats of many sessions in one conditional update, each as {@link #takeSeats} would;
     * answers how many of the sessions had room (the others are left as they were).
     */
    int takeSeats(Map<Long, Integer> seatsBySession);

    /** Gives seats back, for example when a hold expires. */
    void releaseSeats(long sessionId, int quantity);

    /** Locks the session's row for this transaction and answers what holds depend on, as it is now. */
    SeatCount lockSeatCount(long sessionId);

    /** A session's seats and bookability, read under its row lock. */
    record SeatCount(int seatsLeft, SessionStatus status, Instant startsAt) {
    }
}
