package org.atelier.application.appointment;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.booking.HoldReceipt;

import java.sql.SQLException;

/**
 * Use case: book a time. Holds it in a transaction of its own; when the time was just taken, the
 * refusal carries the next free times, read afresh after that transaction ended.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StudioBooking {

    /** PostgreSQL's exclusion_violation: the constraint that keeps a host's appointments apart. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    @Inject
    AppointmentHolds holds;

    @Inject
    StudioSlots slots;

    public HoldReceipt book(AppointmentRequest request) {
        try {
            return holds.hold(request);
        } catch (SlotTakenException taken) {
            throw taken.offering(slots.next(request.serviceId(), request.accountId(), request.start()));
        } catch (EJBException e) {
            if (!isExclusionViolation(e)) {
                throw e;
            }
            throw new SlotTakenException().offering(slots.next(request.serviceId(), request.accountId(), request.start()));
        }
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
