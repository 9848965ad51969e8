package org.atelier.application.admin.read;

import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.List;

/** What needs a human, as read from the database for the admin's first page. */
public interface NeedsAttention {

    record OpenDispute(String id, String reference, Money amount, String reason, String status, Instant evidenceDueBy) {
    }

    /** Outside work (a mail, a refund) that failed and waits for its next try. */
    record StuckWork(long id, String kind, String reference, int attempts, String lastError, Instant nextAttempt) {
    }

    /** A host whose calendar Google stopped accepting: the host has to connect it again. */
    record CalendarTrouble(String hostEmail, String hostName, String lastError, Instant since) {
    }

    /** Bookings whose payment the provider has not settled yet. */
    long pendingPayments();

    /** Refunds the provider refused that nobody has asked for again. */
    long failedRefunds();

    /** Disputes without an outcome, the nearest evidence deadline first. */
    List<OpenDispute> openDisputes();

    /** Outside work that failed at least once and is not done, the next try first. */
    List<StuckWork> stuckWork();

    /** Hosts whose calendar must be connected again, longest first. */
    List<CalendarTrouble> calendarTrouble();
}
