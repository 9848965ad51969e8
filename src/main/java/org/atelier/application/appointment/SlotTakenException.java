package org.atelier.application.appointment;

import org.atelier.domain.model.shared.BookingException;

import java.util.List;

/** Someone else took the time first (or it stopped being free); the visitor is offered the next free ones. */
public class SlotTakenException extends BookingException {

    private final transient List<FreeSlot> nextSlots;

    public SlotTakenException() {
        this(List.of());
    }

    private SlotTakenException(List<FreeSlot> nextSlots) {
        super("appointment.slot.taken");
        this.nextSlots = List.copyOf(nextSlots);
    }

    /** The same refusal, with the free times that follow. */
    public SlotTakenException offering(List<FreeSlot> slots) {
        return new SlotTakenException(slots);
    }

    public List<FreeSlot> nextSlots() {
        return nextSlots;
    }
}
