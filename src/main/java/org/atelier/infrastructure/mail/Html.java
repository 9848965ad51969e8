package org.atelier.infrastructure.mail;

/** The HTML alternative of a plain-text mail: the same words, escaped, with the link clickable. */
final class Html {

    private Html() {
    }

    static String paragraphs(String text, String link) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : text.split("\n\n")) {
            String escaped = escape(paragraph).replace("\n", "<br>");
            String escapedLink = escape(link);
            html.append("<p>").append(escaped.replace(escapedLink, "<a href=\"" + escapedLink + "\">" + escapedLink + "</a>"))
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
