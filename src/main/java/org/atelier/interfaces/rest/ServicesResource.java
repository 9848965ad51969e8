package org.atelier.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import org.atelier.application.appointment.AppointmentRequest;
import org.atelier.application.appointment.SlotAnswer;
import org.atelier.application.appointment.StudioBooking;
import org.atelier.application.appointment.StudioSlots;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.shared.WorkspaceZone;
import org.atelier.interfaces.http.ClientAddress;
import org.atelier.interfaces.http.ClientRates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Public API v1 for studio time: the published services, a service's free start times for the
 * caller's planning profile (a guest's: the API is anonymous), and holding one of them.
 */
@Path("v1/services")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ServicesResource {

    /** A month, when the caller gives no end. */
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(31);

    @Inject
    StudioSlots slots;

    @Inject
    StudioBooking booking;

    @Inject
    ClientRates rates;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Clock clock;

    @Inject
    @WorkspaceZone
    ZoneId workspaceZone;

    @Inject
    @ConfigProperty(name = "atelier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @GET
    public String services() {
        JsonArrayBuilder services = ApiJson.JSON.createArrayBuilder();
        slots.publishedServices(null).forEach(priced -> services.add(ApiJson.service(priced.service(), priced.price())));
        return services.build().toString();
    }

    /**
     * Free start times from {@code from} until {@code until}: ISO-8601 instants with an offset, or
     * dates (midnight in {@code zone}, the workspace's when not given); times are answered in UTC
     * and on the clock of {@code zone}.
     */
    @GET
    @Path("{id}/slots")
    public Response slots(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("until") String until,
                          @QueryParam("zone") String zone) {
        long serviceId = serviceId(id);
        ZoneId viewer = zone(zone);
        Instant start = from == null || from.isBlank() ? clock.instant() : instant("from", from, viewer);
        Instant end = until == null || until.isBlank() ? start.plus(DEFAULT_WINDOW) : instant("until", until, viewer);
        SlotAnswer answer = slots.slots(serviceId, null, start, end);
        return Response.ok(ApiJson.slots(answer, viewer == null ? workspaceZone : viewer).toString()).build();
    }

    /** Holds a time, as {@code POST /api/v1/bookings} holds seats: JSON only, with a limit, per-address rates. */
    @POST
    @Path("{id}/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@PathParam("id") String id, InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, @Context HttpServletRequest request) {
        long serviceId = serviceId(id);
        Optional<Duration> wait = rates.take(ClientRates.Kind.HOLD, clientAddress.of(request));
        if (wait.isPresent()) {
            return Problem.tooMany("Too many holds from your network address; try again later.", wait.get());
        }
        JsonObject json = HoldRequestReader.parse(JsonBody.read(body, type, BookingsResource.MAX_BODY_BYTES));
        Long host = json.containsKey("hostId") && !json.isNull("hostId") ? HoldRequestReader.wholeNumber(json, "hostId") : null;
        Instant start = instant("start", HoldRequestReader.text(json, "start", true), workspaceZone);
        JsonObject buyer = HoldRequestReader.object(json, "buyer");
        String language = json.containsKey("language") ? HoldRequestReader.text(json, "language", true) : "en";
        HoldReceipt receipt = booking.book(new AppointmentRequest(serviceId, host, start,
                HoldRequestReader.text(buyer, "name", true), HoldRequestReader.text(buyer, "email", true), language,
                HoldRequestReader.apiKey(idempotencyKey), null));
        String bookingPage = baseUrl + "/booking/" + receipt.reference() + "?t=" + receipt.accessToken();
        return Response.created(URI.create(baseUrl + "/api/v1/bookings/" + receipt.reference()))
                .entity(ApiJson.hold(receipt, receipt.needsPayment() ? bookingPage : null).toString())
                .build();
    }

    private static long serviceId(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFoundException("service.unknown", String.valueOf(id));
        }
        return Long.parseLong(id);
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw HoldRequestReader.invalid("zone must be a time zone such as Europe/Amsterdam");
        }
    }

    private Instant instant(String field, String text, ZoneId zone) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone == null ? workspaceZone : zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw HoldRequestReader.invalid(field + " must be a date (2026-12-10) or a time with its offset (2026-12-10T10:00:00+01:00)");
        }
    }
}
