package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminCatalogue;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.util.List;

/** Backs /admin/sessions: the sessions to come with how full they are, and cancelling one. */
@Named
@ViewScoped
public class AdminSessionsBacking implements Serializable {

    @Inject
    AdminCatalogue catalogue;

    private List<AdminCatalogue.SessionLine> sessions;
    private AdminCatalogue.SessionLine chosen;
    private String reason;
    private Integer capacity;

    public List<AdminCatalogue.SessionLine> getSessions() {
        if (sessions == null) {
            sessions = catalogue.upcomingSessions();
        }
        return sessions;
    }

    public void choose(AdminCatalogue.SessionLine session) {
        chosen = session;
        reason = null;
    }

    public void chooseForCapacity(AdminCatalogue.SessionLine session) {
        chosen = session;
        capacity = session.capacity();
    }

    public void changeCapacity() {
        try {
            catalogue.changeCapacity(chosen.id(), capacity == null ? 0 : capacity);
            Messages.info(null, "admin.sessions.capacityChanged", chosen.workshopTitle(), capacity);
            sessions = null;
        } catch (BookingException e) {
            Messages.error("capacityForm:capacity", e);
        }
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public void cancelChosen() {
        try {
            int cancelled = catalogue.cancelSession(chosen.id(), reason);
            Messages.info(null, "admin.session.cancelled", chosen.workshopTitle(), cancelled);
            sessions = null;
            chosen = null;
        } catch (BookingException e) {
            Messages.error("cancelSessionForm:reason", e);
        }
    }

    public AdminCatalogue.SessionLine getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
