package org.atelier.testing;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what a mail says: its subject, its plain text, and the Atelier link in it. */
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
}
