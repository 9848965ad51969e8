package org.atelier.application.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.atelier.domain.model.booking.Booking;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.workshop.Session;
import org.atelier.domain.model.workshop.SessionRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one home of a session's seat count. Seats are taken here when holds are made and given back
 * here exactly when a booking leaves a state that holds seats, whichever use case moved it; each
 * time seats are given back, {@link SeatsFreed} is raised. Both are conditional updates of the
 * session's row (see {@link SessionRepository#takeSeats}), inside the caller's transaction.
 */
@ApplicationScoped
public class Seats {

    @Inject
    SessionRepository sessions;

    @Inject
    Event<SeatsFreed> freed;

    /** Takes {@code quantity} seats of a session; answers false, changing nothing, when fewer are left. */
    public boolean take(long sessionId, int quantity) {
        return sessions.takeSeats(sessionId, quantity);
    }

    /** Takes seats of many sessions at once (demo data); answers false, changing nothing, unless all had room. */
    public boolean takeAll(Map<Long, Integer> seatsBySession) {
        return sessions.takeSeats(seatsBySession) == seatsBySession.size();
    }

    /**
     * An admin resizes a session; answers false, changing nothing, below the seats taken. Seats
     * a larger session gains are freed seats like any other, for whoever waits for them.
     */
    public boolean resize(long sessionId, int capacity) {
        int before = sessions.findById(sessionId).map(Session::capacity).orElse(capacity);
        if (!sessions.changeCapacity(sessionId, capacity)) {
            return false;
        }
        if (capacity > before) {
            freed.fire(new SeatsFreed(sessionId, capacity - before));
        }
        return true;
    }

    /**
     * Takes a booking's seats again after it had given them up (a payment that arrives after its
     * hold expired); answers false when they have gone to someone else meanwhile.
     */
    public boolean retake(Booking booking) {
        if (booking.state().holdsSeats()) {
            throw new IllegalStateException("Booking " + booking.reference() + " still holds its seats");
        }
        return take(booking.session().id(), booking.quantity());
    }

    /**
     * Gives back {@code returned} of a booking's seats, as the booking allows; it keeps holding the
     * rest. Answers the numbers of the participants who lost their seat.
     */
    public List<Integer> giveBack(Booking booking, int returned, Instant now) {
        List<Integer> dropped = booking.giveBackSeats(returned, now);
        sessions.releaseSeats(booking.session().id(), returned);
        freed.fire(new SeatsFreed(booking.session().id(), returned));
        return dropped;
    }

    /**
     * Moves a booking and its seats to another session in one go: taken there and given back here,
     * or (refused, and rolled back with the caller's transaction) neither when the other session
     * has too few left. The two sessions' rows are updated in the order of their ids, so two
     * bookings moving opposite ways wait for each other rather than deadlock.
     */
    public void moveToSession(Booking booking, Session target, Instant now) {
        Session from = booking.session();
        int quantity = booking.quantity();
        booking.changeSession(target, now);
        if (from.id() < target.id()) {
            sessions.releaseSeats(from.id(), quantity);
        }
        if (!take(target.id(), quantity)) {
            throw new BookingException("change.session.full", quantity);
        }
        if (from.id() > target.id()) {
            sessions.releaseSeats(from.id(), quantity);
        }
        freed.fire(new SeatsFreed(from.id(), quantity));
    }

    /**
     * Moves a booking on with {@code transition} and gives its seats back when the move took it
     * out of a state that holds seats; a booking that had already given them up gives nothing twice.
     */
    public void move(Booking booking, Consumer<Booking> transition) {
        boolean held = booking.state().holdsSeats();
        transition.accept(booking);
        if (held && !booking.state().holdsSeats()) {
            sessions.releaseSeats(booking.session().id(), booking.quantity());
            freed.fire(new SeatsFreed(booking.session().id(), booking.quantity()));
        }
    }
}
