package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminWaitlists;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs /admin/waitlist?session={id}: who waits for the session, what became of their offers; taking someone off. */
@Named
@ViewScoped
public class AdminWaitlistBacking implements Serializable {

    @Inject
    AdminWaitlists waitlists;

    private Long sessionId;
    private List<AdminWaitlists.EntryLine> entries = List.of();
    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        entries = sessionId == null ? List.of() : waitlists.entries(sessionId);
    }

    public void remove(AdminWaitlists.EntryLine entry) {
        try {
            waitlists.remove(entry.reference(), reasons.get(entry.reference()));
            Messages.info(null, "admin.waitlist.removed", entry.name());
            reasons.remove(entry.reference());
            load();
        } catch (BookingException e) {
            Messages.error(null, e);
        }
    }

    public List<AdminWaitlists.EntryLine> getEntries() {
        return entries;
    }

    /** The reason typed beside each waiting person, by their reference. */
    public Map<String, String> getReasons() {
        return reasons;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
