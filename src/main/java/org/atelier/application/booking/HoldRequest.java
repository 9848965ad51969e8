package org.atelier.application.booking;

import java.util.List;

/**
 * What a visitor asks for: seats at a session, for themselves and the people they bring. A price
 * and roles are deliberately absent: prices are decided by the server from the account's roles
 * in the database, never taken from the request. {@code accountId} is the signed-in caller's,
 * set by the server from the security context; null for a guest.
 */
public record HoldRequest(long sessionId, int quantity, String buyerName, String buyerEmail,
                          List<ParticipantInput> participants, String language, String idempotencyKey,
                          Long accountId) {

    public record ParticipantInput(String name, String email) {
    }

    public HoldRequest {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** A guest's request. */
    public HoldRequest(long sessionId, int quantity, String buyerName, String buyerEmail,
                       List<ParticipantInput> participants, String language, String idempotencyKey) {
        this(sessionId, quantity, buyerName, buyerEmail, participants, language, idempotencyKey, null);
    }
}
