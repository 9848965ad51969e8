package org.atelier.testing.fake;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what a mail says: its subject, its plain text, the Atelier link in it and its calendar attachment. */
public final class Mails {

    private Mails() {
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = text(multipart.getBodyPart(i));
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The first link in the mail's text whose path starts with {@code path}, moved onto the
     * deployment under test (mails name the configured public address).
     */
    public static String link(MimeMessage message, String path, URL base) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\S*)").matcher(text(message));
        if (!link.find()) {
            throw new AssertionError("No link to " + path + " in: " + text(message));
        }
        return base.toString().replaceFirst("/$", "") + link.group(1);
    }

    /** The token a mailed link carries. */
    public static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** The mail's text/calendar attachment, read as a calendar program reads it. */
    public static Calendar calendar(MimeMessage message) {
        Part part = calendarPart(message);
        if (part == null) {
            throw new AssertionError("The mail carries no text/calendar attachment: " + subject(message));
        }
        try (InputStream ics = part.getInputStream()) {
            return new CalendarBuilder().build(ics);
        } catch (IOException | MessagingException | ParserException e) {
            throw new AssertionError(e);
        }
    }

    private static Part calendarPart(Part part) {
        try {
            if (part.isMimeType("text/calendar")) {
                return part;
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Part found = calendarPart(child);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }
}
