package org.atelier.interfaces.web.admin;

import jakarta.faces.context.FacesContext;
import org.atelier.application.admin.read.TimelineEntry;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.Messages;

import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A booking's timeline in an admin's words: the codes the tables keep (REFUND_MAIL, SUCCEEDED,
 * needs_response, CANCEL) become sentences in the admin's language.
 */
final class TimelineWording {

    /** One line of the timeline as shown: when, what kind (for styling and tests) and the sentence. */
    public record Line(Instant at, String kind, String text) {
    }

    private final FacesContext faces;
    private final DisplayFormat format;

    TimelineWording(FacesContext faces, DisplayFormat format) {
        this.faces = faces;
        this.format = format;
    }

    Line line(TimelineEntry entry) {
        return new Line(entry.at(), entry.kind(), sentence(entry));
    }

    private String sentence(TimelineEntry entry) {
        String amount = entry.amount() == null ? "" : format.money(entry.amount());
        return switch (entry.kind()) {
            case "BOOKED" -> text("admin.timeline.BOOKED", entry.detail(1), entry.detail(2));
            case "PAID" -> text("admin.timeline.PAID", amount, word("admin.provider.", entry.detail(0)));
            case "REFUND" -> text("admin.timeline.REFUND", amount, refundStatus(entry), entry.detail(1), entry.detail(2));
            case "DISPUTE" -> text("admin.timeline.DISPUTE", amount, word("admin.disputeStatus.", entry.detail(0)),
                    entry.detail(1));
            case "MAIL" -> text("admin.timeline.MAIL", word("admin.work.", entry.detail(0)), mailState(entry));
            case "ADMIN" -> adminAction(entry);
            default -> entry.kind();
        };
    }

    private String refundStatus(TimelineEntry entry) {
        if ("FAILED".equals(entry.detail(0)) && !entry.detail(3).isBlank()) {
            return text("admin.refundStatus.FAILED.why", entry.detail(3));
        }
        return word("admin.refundStatus.", entry.detail(0));
    }

    private String mailState(TimelineEntry entry) {
        return "FAILING".equals(entry.detail(1)) ? text("admin.mail.state.FAILING", entry.detail(2))
                : word("admin.mail.state.", entry.detail(1));
    }

    /** "Booking cancelled by ann@…. Reason: …"; attendance names what was recorded. */
    private String adminAction(TimelineEntry entry) {
        String action = "ATTENDANCE".equals(entry.detail(0))
                ? text("admin.action.ATTENDANCE", word("admin.attendance.", entry.detail(2)))
                : word("admin.action.", entry.detail(0));
        return entry.detail(3).isBlank() ? text("admin.timeline.ADMIN", action, entry.detail(1))
                : text("admin.timeline.ADMIN.reason", action, entry.detail(1), entry.detail(3));
    }

    private String text(String key, Object... arguments) {
        return Messages.text(faces, key, arguments);
    }

    /**
     * The word for a code, or the code itself made readable when there is none: a provider may
     * add a status that we do not know yet, and the admin still learns of it.
     */
    private String word(String prefix, String code) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.atelier.interfaces.web.messages",
                faces.getViewRoot().getLocale());
        try {
            return bundle.getString(prefix + code);
        } catch (MissingResourceException unknown) {
            return code.replace('_', ' ').toLowerCase(Locale.ROOT);
        }
    }
}
