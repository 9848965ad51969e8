package org.atelier.domain.model.shared;

/**
 * What people type is kept as plain text: no control characters (NUL, which PostgreSQL refuses;
 * line breaks, which would start new lines in a mail header or body; BEL, ESC) and no bidirectional
 * overrides, which make a name read differently from what it is (U+202E turns "gpj.exe" around).
 */
public final class PlainText {

    private PlainText() {
    }

    /** A name or a one-line value: nothing but printable characters. */
    public static boolean isLine(String text) {
        return text == null || text.codePoints().allMatch(PlainText::printable);
    }

    /** Free text that may run over several lines: printable characters, line breaks and tabs. */
    public static boolean isText(String text) {
        return text == null || text.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || printable(c));
    }

    /** Refuses a value that is not one clean line, with the caller's message key. */
    public static String requireLine(String text, String messageKey) {
        if (!isLine(text)) {
            throw new BookingException(messageKey);
        }
        return text;
    }

    /** Refuses free text with control characters, with the caller's message key. */
    public static String requireText(String text, String messageKey) {
        if (!isText(text)) {
            throw new BookingException(messageKey);
        }
        return text;
    }

    private static boolean printable(int c) {
        return !Character.isISOControl(c) && !isBidiControl(c) && c != '\u2028' && c != '\u2029';
    }

    private static boolean isBidiControl(int c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
