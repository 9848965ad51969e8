package org.atelier.domain.model.workshop;

import org.atelier.domain.model.shared.BookingException;

/** Someone else was quicker: fewer seats are left than asked for. Says how many there are. */
public class SeatsUnavailableException extends BookingException {

    private final int seatsLeft;

    public SeatsUnavailableException(int seatsLeft) {
        super(seatsLeft == 0 ? "session.seats.none" : "session.seats.insufficient", seatsLeft);
        this.seatsLeft = seatsLeft;
    }

    public int seatsLeft() {
        return seatsLeft;
    }
}
