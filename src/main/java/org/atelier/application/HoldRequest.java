package org.atelier.application;

import java.util.List;

/**
 * What a visitor asks for: seats at a session, for themselves and the people they bring. A price
 * is deliberately absent: prices are decided by the server, never taken from the request.
 */
public record HoldRequest(long sessionId, int quantity, String buyerName, String buyerEmail,
                          List<ParticipantInput> participants, String language, String idempotencyKey) {

    public record ParticipantInput(String name, String email) {
    }

    public HoldRequest {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
