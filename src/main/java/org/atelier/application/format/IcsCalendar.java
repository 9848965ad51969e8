package org.atelier.application.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A calendar invite (RFC 5545) for a booked session. Times are written in UTC, so that every
 * calendar places them right whatever its own zone; the UID stays the same for a booking, so a
 * second import updates rather than duplicates, and a cancellation (RFC 5546 {@code METHOD:CANCEL},
 * a higher SEQUENCE) removes the event the invite put there.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
                        String url, Instant stamp) {
    }

    public static String of(Event event) {
        return write(event, "PUBLISH", null);
    }

    /**
     * Takes the event of {@link #of} out of the recipient's calendar: same UID, a higher sequence,
     * sent by its organizer, {@code organizerEmail}, as RFC 5546 asks of a cancellation.
     */
    public static String cancellation(Event event, String organizerEmail) {
        return write(event, "CANCEL", organizerEmail);
    }

    private static String write(Event event, String method, String organizerEmail) {
        boolean cancel = method.equals("CANCEL");
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Atelier//Bookings//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.uid());
        line(ics, "SEQUENCE:" + (cancel ? 1 : 0));
        if (cancel) {
            line(ics, "ORGANIZER:mailto:" + organizerEmail);
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
