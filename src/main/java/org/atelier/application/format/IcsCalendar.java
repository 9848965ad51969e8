package org.atelier.application.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A calendar invite (RFC 5545) for a booked session. Times are written in UTC, so that every
 * calendar places them right whatever its own zone. The UID stays the same for a booking and the
 * SEQUENCE only grows, so a later invite (RFC 5546 {@code METHOD:REQUEST}, after a change of
 * session) moves the event the first one put there, and a cancellation ({@code METHOD:CANCEL})
 * removes it, instead of either adding a second event.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    /** One version of a booking's event; {@code sequence} grows with each change of the booking. */
    public record Event(String uid, long sequence, Instant start, Instant end, String summary, String location,
                        String description, String url, Instant stamp) {
    }

    /** Who sends the invite and who it is for; RFC 5546 wants both on a request and a cancellation. */
    public record Parties(String organizerEmail, String attendeeName, String attendeeEmail) {
    }

    /** The event as a file to import (the "Add to calendar" link): published, not sent to anyone. */
    public static String of(Event event) {
        return write(event, "PUBLISH", null);
    }

    /** The invite a mail carries: the recipient's calendar adds the event, or moves it to this version. */
    public static String request(Event event, Parties parties) {
        return write(event, "REQUEST", parties);
    }

    /** Takes the event of {@link #request} out of the recipient's calendar: same UID, a higher sequence. */
    public static String cancellation(Event event, Parties parties) {
        return write(event, "CANCEL", parties);
    }

    private static String write(Event event, String method, Parties parties) {
        boolean cancel = method.equals("CANCEL");
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Atelier//Bookings//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.uid());
        line(ics, "SEQUENCE:" + event.sequence());
        if (parties != null) {
            line(ics, "ORGANIZER:mailto:" + parties.organizerEmail());
            line(ics, "ATTENDEE;CN=" + quoted(parties.attendeeName()) + ";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:"
                    + parties.attendeeEmail());
        }
        line(ics, "DTSTAMP:" + UTC.format(event.stamp()));
        line(ics, "DTSTART:" + UTC.format(event.start()));
        line(ics, "DTEND:" + UTC.format(event.end()));
        line(ics, "SUMMARY:" + escape(event.summary()));
        line(ics, "LOCATION:" + escape(event.location()));
        line(ics, "DESCRIPTION:" + escape(event.description()));
        line(ics, "URL:" + event.url());
        line(ics, "STATUS:" + (cancel ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A parameter value in quotes, which may hold any character but a quote or a control character. */
    private static String quoted(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Content lines end in CRLF and are folded at 75 octets, as the RFC requires. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        int count = 0;
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (count + size > 75) {
                folded.append("\r\n ");
                count = 1;
            }
            folded.appendCodePoint(codePoint);
            count += size;
            i += Character.charCount(codePoint);
        }
        ics.append(folded).append("\r\n");
    }
}
