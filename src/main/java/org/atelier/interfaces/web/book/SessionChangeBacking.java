package org.atelier.interfaces.web.book;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.BookingView;
import org.atelier.application.booking.SessionChange;
import org.atelier.application.catalogue.CatalogueService;
import org.atelier.application.catalogue.SessionOffer;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The booking page's "change session" step: the other sessions of the workshop with room for the
 * whole booking, until the booking's terms allow a move. The price stays, so it takes one click.
 */
@Named
@ViewScoped
public class SessionChangeBacking implements Serializable {

    @Inject
    BookingBacking page;

    @Inject
    SessionChange change;

    @Inject
    CatalogueService catalogue;

    @Inject
    DisplayFormat format;

    private Long sessionId;
    private transient Optional<Instant> until;

    /** Until when the booking may move; empty when it cannot (not booked, too late). */
    public Optional<Instant> getUntil() {
        if (until == null) {
            until = change.changesUntil(page.getReference(), page.getToken());
        }
        return until;
    }

    public boolean isOffered() {
        return getUntil().isPresent();
    }

    /**
     * The sessions the whole booking fits in, as the page is drawn. A sent choice is checked
     * against every session of the workshop, so one that filled up or started since the page was
     * drawn reaches the move, which says what changed, instead of the select's "not valid".
     */
    public List<SessionOffer> getChoices() {
        BookingView booking = page.getBooking();
        FacesContext faces = FacesContext.getCurrentInstance();
        List<SessionOffer> upcoming = catalogue.publishedOffer(booking.workshopSlug(), null)
                .map(offer -> offer.sessions()).orElse(List.of());
        if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            return upcoming.stream().filter(s -> s.id() != booking.sessionId() && s.bookable()
                    && s.seatsLeft() >= booking.quantity()).toList();
        }
        List<SessionOffer> choices = new ArrayList<>(upcoming);
        parseId(faces.getExternalContext().getRequestParameterMap().get("bookingPage:changeTo"))
                .flatMap(catalogue::session).filter(sent -> sent.workshopSlug().equals(booking.workshopSlug()))
                .ifPresent(choices::add);
        return choices;
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text == null ? "" : text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void move() {
        try {
            change.change(page.getReference(), page.getToken(), sessionId == null ? -1 : sessionId);
            page.refresh();
            Messages.info(null, "change.done", format.longDateTime(page.getBooking().startsAt()));
            sessionId = null;
        } catch (BookingException e) {
            Messages.error("bookingPage:changeSession", e);
            page.refresh();
        }
        until = null;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
