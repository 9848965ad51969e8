package org.atelier.application.booking;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Use case: hold seats for a visitor. A retried request (double click, reload, API retry with the
 * same idempotency key) answers with the booking it already made instead of making a second one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeatHoldService {

    @Inject
    SeatHolds holds;

    @Inject
    SeatHoldBatcher batcher;

    public HoldReceipt hold(HoldRequest request) {
        if (request.idempotencyKey() != null) {
            Optional<HoldReceipt> retry = holds.findRetry(request);
            if (retry.isPresent()) {
                return retry.get();
            }
        }
        try {
            return batcher.hold(request);
        } catch (EJBException e) {
            // Two identical requests raced past the look-up; the unique key let one win.
            if (request.idempotencyKey() == null) {
                throw e;
            }
            return holds.findRetry(request).orElseThrow(() -> e);
        }
    }
}
