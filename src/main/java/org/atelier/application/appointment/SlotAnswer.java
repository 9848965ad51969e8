package org.atelier.application.appointment;

import org.atelier.application.appointment.StudioPlanning.ServiceSummary;

import java.util.List;

/**
 * The free slots of a service for one viewer: which profile decided them, and whether a host's
 * calendar could not be read just now (the slots then leave out only what Atelier knows of).
 */
public record SlotAnswer(ServiceSummary service, String profile, int suggestions, List<FreeSlot> slots,
                         boolean calendarsBehind) {

    public SlotAnswer {
        slots = List.copyOf(slots);
    }

    /** The first slots, as many as the viewer's profile suggests before its calendar. */
    public List<FreeSlot> suggested() {
        return slots.subList(0, Math.min(suggestions, slots.size()));
    }
}
