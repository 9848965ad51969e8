package org.atelier.infrastructure.google;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.application.calendar.HostCalendar;
import org.atelier.domain.model.shared.WorkspaceZone;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Google Calendar v3 through Google's own client; failures other than "already there/gone" are retried by the outbox. */
@ApplicationScoped
public class GoogleHostCalendar implements HostCalendar {

    @Inject
    GoogleSettings settings;

    @Inject
    @WorkspaceZone
    ZoneId zone;

    private final HttpTransport transport = new NetHttpTransport();

    @Override
    public void put(String accessToken, String calendarId, Entry entry) {
        Event event = new Event()
                .setId(entry.eventId())
                .setSummary(entry.summary())
                .setDescription(entry.description())
                .setLocation(entry.location())
                .setStart(at(entry.start()))
                .setEnd(at(entry.end()));
        try {
            calendar(accessToken).events().insert(calendarId, event).execute();
        } catch (GoogleJsonResponseException e) {
            if (e.getStatusCode() != 409) {
                throw failed("insert", e);
            }
            update(accessToken, calendarId, event);
        } catch (IOException e) {
            throw new IllegalStateException("Google Calendar did not answer an insert", e);
        }
    }

    private void update(String accessToken, String calendarId, Event event) {
        try {
            // Also brings back an event the host deleted by hand in the meantime ("cancelled").
            calendar(accessToken).events().update(calendarId, event.getId(), event.setStatus("confirmed")).execute();
        } catch (IOException e) {
            throw new IllegalStateException("Google Calendar did not take an update of " + event.getId(), e);
        }
    }

    @Override
    public void remove(String accessToken, String calendarId, String eventId) {
        try {
            calendar(accessToken).events().delete(calendarId, eventId).execute();
        } catch (GoogleJsonResponseException e) {
            if (e.getStatusCode() != 404 && e.getStatusCode() != 410) {
                throw failed("delete", e);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Google Calendar did not answer a delete", e);
        }
    }

    @Override
    public List<Busy> busy(String accessToken, String calendarId, Instant from, Instant until) {
        FreeBusyRequest question = new FreeBusyRequest()
                .setTimeMin(new DateTime(from.toEpochMilli()))
                .setTimeMax(new DateTime(until.toEpochMilli()))
                .setTimeZone("UTC")
                .setItems(List.of(new FreeBusyRequestItem().setId(calendarId)));
        try {
            FreeBusyCalendar answer = calendar(accessToken).freebusy().query(question).execute().getCalendars().get(calendarId);
            // Google answers 200 with per-calendar errors (e.g. notFound) rather than failing the call.
            if (answer == null || (answer.getErrors() != null && !answer.getErrors().isEmpty())) {
                throw new IllegalStateException("Google Calendar could not tell when " + calendarId + " is busy");
            }
            return answer.getBusy() == null ? List.of() : answer.getBusy().stream()
                    .map(period -> new Busy(Instant.ofEpochMilli(period.getStart().getValue()),
                            Instant.ofEpochMilli(period.getEnd().getValue())))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Google Calendar did not answer a free/busy query", e);
        }
    }

    private Calendar calendar(String accessToken) {
        return new Calendar.Builder(transport, GsonFactory.getDefaultInstance(), request -> {
            request.getHeaders().setAuthorization("Bearer " + accessToken);
            request.setConnectTimeout(10_000);
            request.setReadTimeout(15_000);
        }).setRootUrl(settings.apiRoot()).setApplicationName("Atelier").build();
    }

    private EventDateTime at(Instant instant) {
        return new EventDateTime().setDateTime(new DateTime(instant.toEpochMilli())).setTimeZone(zone.getId());
    }

    private static IllegalStateException failed(String what, GoogleJsonResponseException e) {
        String reason = e.getDetails() == null ? "" : " " + e.getDetails().getMessage();
        return new IllegalStateException("Google Calendar refused an " + what + ": " + e.getStatusCode() + reason);
    }
}
