package org.atelier.domain.model.booking;

import org.atelier.domain.model.shared.BookingException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people a buyer brings, numbered from 1 in the order they were named. A number stays with
 * its person for good, also once they are taken off (they are marked, not deleted): mails are
 * numbered by it, so a later mail reaches the right person and a newcomer never inherits one.
 * At most one person per seat beyond the buyer's own.
 */
public final class GuestList {

    /** A participant with the number their mails go by. */
    public record Numbered(int number, Participant participant) {
    }

    private final Booking booking;
    private final List<Participant> all;

    GuestList(Booking booking, List<Participant> all) {
        this.booking = booking;
        this.all = all;
    }

    /** Those on the booking now, with their numbers. */
    public List<Numbered> present() {
        List<Numbered> present = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isRemoved()) {
                present.add(new Numbered(i + 1, all.get(i)));
            }
        }
        return present;
    }

    /** Participant {@code number}, also when taken off since: their last mails still go to them. */
    public Optional<Participant> numbered(int number) {
        return number >= 1 && number <= all.size() ? Optional.of(all.get(number - 1)) : Optional.empty();
    }

    /** Seats beyond the buyer's own that nobody is named for. */
    public int unnamedSeats() {
        return Math.max(0, booking.quantity() - 1 - present().size());
    }

    /** Names someone for a free seat; answers their number. The caller checks the booking's cutoff. */
    public int add(Participant participant) {
        booking.requireBooked();
        if (unnamedSeats() < 1) {
            throw new BookingException("invitation.noSeat");
        }
        all.add(Objects.requireNonNull(participant));
        return all.size();
    }

    public void rename(int number, String name) {
        booking.requireBooked();
        all.set(number - 1, present(number).renamed(name));
    }

    /** Takes participant {@code number} off the booking; their seat stays the buyer's, to name again. */
    public void remove(int number, Instant now) {
        booking.requireBooked();
        all.set(number - 1, present(number).removedAt(now));
    }

    /** After seats were given back: those named last lose theirs. Answers their numbers. */
    List<Integer> fitInto(int seats, Instant now) {
        List<Numbered> present = present();
        List<Integer> dropped = new ArrayList<>();
        for (int i = Math.max(0, seats - 1); i < present.size(); i++) {
            Numbered leaving = present.get(i);
            all.set(leaving.number() - 1, leaving.participant().removedAt(now));
            dropped.add(leaving.number());
        }
        return dropped;
    }

    private Participant present(int number) {
        return numbered(number).filter(participant -> !participant.isRemoved())
                .orElseThrow(() -> new BookingException("group.participant.unknown"));
    }
}
