package org.atelier.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.atelier.application.booking.BookingQueryService;
import org.atelier.application.booking.BookingView;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.booking.SeatHoldService;
import org.atelier.application.format.IcsCalendar;
import org.atelier.interfaces.http.ClientAddress;
import org.atelier.interfaces.http.ClientRates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Public API v1: hold seats, and read a booking with its private token. One instance serves all
 * requests: building a resource per request costs more than the hold itself.
 */
@Path("v1/bookings")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class BookingsResource {

    @Inject
    SeatHoldService holds;

    @Inject
    BookingQueryService queries;

    @Inject
    ClientRates rates;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "atelier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** A hold for the largest group with every participant's name and address fits well within this. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /**
     * JSON only (415 otherwise), so that no other site's page can make its visitors' browsers hold
     * seats with a plain form. The raw body is read here, with a limit, so that malformed JSON
     * gets a problem body rather than a bare 400. Each client address may ask for so many holds.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hold(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, @Context HttpServletRequest request) {
        Optional<Duration> wait = rates.take(ClientRates.Kind.HOLD, clientAddress.of(request));
        if (wait.isPresent()) {
            return Problem.tooMany("Too many holds from your network address; try again later.", wait.get());
        }
        HoldReceipt receipt = holds.hold(HoldRequestReader.read(JsonBody.read(body, type, MAX_BODY_BYTES), idempotencyKey));
        String bookingPage = baseUrl + "/booking/" + receipt.reference() + "?t=" + receipt.accessToken();
        return Response.created(URI.create(baseUrl + "/api/v1/bookings/" + receipt.reference()))
                .entity(ApiJson.hold(receipt, receipt.needsPayment() ? bookingPage : null).toString())
                .build();
    }

    /** The calendar invite of a confirmed booking, for the "Add to calendar" link. */
    @GET
    @Path("{reference}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("reference") String reference, @QueryParam("t") String token) {
        return queries.findForVisitor(reference, token)
                .filter(BookingView::isBooked)
                .map(booking -> Response.ok(IcsCalendar.of(invite(booking, token)), "text/calendar; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + booking.reference() + ".ics\"")
                        .build())
                .orElseGet(() -> Problem.of(404, "not-found", "Not found",
                        "There is no confirmed booking with this reference and token."));
    }

    /** The invite in the buyer's language, titled as their confirmation mail's. */
    private IcsCalendar.Event invite(BookingView booking, String token) {
        String title = booking.workshopTitle().in(booking.language());
        return new IcsCalendar.Event(booking.reference() + "@atelier", booking.calendarSequence(), booking.startsAt(), booking.endsAt(), title,
                booking.location(), title + " · " + booking.reference(),
                baseUrl + "/booking/" + booking.reference() + "?t=" + token, clock.instant());
    }

    @GET
    @Path("{reference}")
    public Response booking(@PathParam("reference") String reference, @QueryParam("t") String token) {
        return queries.findForVisitor(reference, token)
                .map(booking -> Response.ok(ApiJson.booking(booking).toString()).build())
                .orElseGet(() -> Problem.of(404, "not-found", "Not found",
                        "There is no booking with this reference and token."));
    }
}
