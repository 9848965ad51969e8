package org.atelier.interfaces.rest;

import org.atelier.application.appointment.SlotTakenException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.atelier.domain.model.booking.IdempotencyConflictException;
import org.atelier.domain.model.booking.TooManyHoldsException;
import org.atelier.domain.model.payment.PaymentsUnavailableException;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.shared.TemporarilyUnavailableException;
import org.atelier.domain.model.workshop.SeatsUnavailableException;
import org.atelier.domain.model.workshop.SessionNotBookableException;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Business failures as problem details: 4xx for what the client can fix, 503 when a retry can help. */
@Provider
public class BookingExceptionMapper implements ExceptionMapper<BookingException> {

    @Override
    public Response toResponse(BookingException e) {
        String detail = describe(e);
        if (e instanceof SlotTakenException taken) {
            return Problem.of(409, "slot-taken", "That time was just taken", detail,
                    Map.of("nextSlots", ApiJson.slotList(taken.nextSlots(), java.time.ZoneOffset.UTC)));
        }
        if (e instanceof SeatsUnavailableException seats) {
            return Problem.of(409, "seats-unavailable", "Not enough seats left", detail,
                    Map.of("seatsLeft", seats.seatsLeft()));
        }
        if (e instanceof TooManyHoldsException tooMany) {
            return Problem.tooMany(detail, tooMany.retryAt() == null ? null
                    : Duration.between(Instant.now(), tooMany.retryAt()));
        }
        if (e instanceof SessionNotBookableException) {
            return Problem.of(409, "session-not-bookable", "This session cannot be booked", detail);
        }
        if (e instanceof IdempotencyConflictException) {
            return Problem.of(422, "idempotency-key-reused",
                    "Idempotency key already used for another request", detail);
        }
        if (e instanceof NotFoundException) {
            return Problem.of(404, "not-found", "Not found", detail);
        }
        if (e instanceof TemporarilyUnavailableException) {
            return Problem.of(503, "temporarily-unavailable", "Temporarily unavailable", detail);
        }
        if (e instanceof PaymentsUnavailableException) {
            return Problem.of(503, "payments-unavailable",
                    "Payments are temporarily unavailable", detail);
        }
        return Problem.of(400, "invalid-request", "The request is not valid", detail);
    }

    /** The API speaks English; the same message keys serve the pages in both languages. */
    static String describe(BookingException e) {
        ResourceBundle messages = ResourceBundle.getBundle("org.atelier.interfaces.web.messages", Locale.ENGLISH);
        try {
            return MessageFormat.format(messages.getString(e.messageKey()), e.arguments().toArray());
        } catch (MissingResourceException missing) {
            return e.messageKey();
        }
    }

    /** A business exception that reached us wrapped by the EJB container. */
    @Provider
    public static class Unwrapping implements ExceptionMapper<EJBException> {

        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof BookingException business) {
                    return new BookingExceptionMapper().toResponse(business);
                }
                cause = cause.getCause();
            }
            return new UnexpectedExceptionMapper().toResponse(e);
        }
    }
}
