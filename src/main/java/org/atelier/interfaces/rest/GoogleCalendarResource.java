package org.atelier.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.atelier.application.calendar.CalendarAccess;
import org.atelier.application.calendar.HostCalendarService;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.CurrentAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * A host connects Google Calendar: {@code connect} sends the browser to Google's consent with a
 * fresh state and PKCE challenge kept in the HTTP session; Google sends it back to {@code callback},
 * where the state must match (once) before the code is exchanged.
 */
@Path("calendar/google")
@RequestScoped
public class GoogleCalendarResource {

    private static final String STATE = "atelier.calendar.state";
    private static final String VERIFIER = "atelier.calendar.verifier";

    @Inject
    HostCalendarService calendars;

    @Inject
    CurrentAccount current;

    @Inject
    @ConfigProperty(name = "atelier.base-url")
    Optional<String> baseUrl;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    @Path("connect")
    public Response connect() {
        if (!calendars.isAvailable()) {
            return Problem.of(404, "calendar-unavailable", "No calendar connections here",
                    "This Atelier has no Google client configured.");
        }
        if (!current.isSignedIn()) {
            return page("/signin?next=/account");
        }
        Pkce pkce = Pkce.fresh();
        HttpSession session = request.getSession(true);
        session.setAttribute(STATE, pkce.state());
        session.setAttribute(VERIFIER, pkce.verifier());
        try {
            return Response.seeOther(URI.create(calendars.consentAddress(current.id(), redirectUri(), pkce.state(),
                    pkce.challenge()))).build();
        } catch (BookingException notHost) {
            return Problem.of(403, "calendar-hosts-only", "Only hosts connect a calendar",
                    "This account does not host workshops.");
        }
    }

    @GET
    @Path("callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(STATE);
        String verifier = session == null ? null : (String) session.getAttribute(VERIFIER);
        if (session != null) {
            session.removeAttribute(STATE);
            session.removeAttribute(VERIFIER);
        }
        if (expected == null || state == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            return Problem.of(400, "calendar-state", "This answer from Google was not expected",
                    "Start connecting the calendar again from your account page.");
        }
        if (!current.isSignedIn()) {
            return page("/signin?next=/account");
        }
        if (error != null || code == null || code.isBlank()) {
            return page("/account?calendar=denied");
        }
        try {
            calendars.connect(current.id(), code, verifier, redirectUri());
            return page("/account?calendar=connected");
        } catch (CalendarAccess.Refused refused) {
            return page("/account?calendar=refused");
        }
    }

    /** Exactly the address registered at Google: the public base URL when set, else the one the host is using. */
    private String redirectUri() {
        return baseUrl.filter(url -> !url.isBlank())
                .map(url -> url.replaceAll("/+$", "") + "/api/calendar/google/callback")
                .orElseGet(() -> uri.getBaseUriBuilder().path("calendar/google/callback").build().toString());
    }

    private Response page(String path) {
        return Response.seeOther(URI.create(request.getContextPath() + path)).build();
    }
}
