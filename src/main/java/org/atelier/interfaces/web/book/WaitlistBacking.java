package org.atelier.interfaces.web.book;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.catalogue.CatalogueService;
import org.atelier.application.catalogue.SessionOffer;
import org.atelier.application.waitlist.Waitlist;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.http.ClientRates;
import org.atelier.interfaces.web.CurrentAccount;
import org.atelier.interfaces.web.LocaleBacking;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.StatelessView;
import org.atelier.interfaces.web.VisitorRates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Backs /waitlist: {@code ?session={id}} to join a full session's line, {@code ?ref=…&t=…} (the
 * private link) to see one's place, or the seats held for one, and to leave. Like the workshop
 * page it keeps nothing on the server between requests; the form carries what it needs.
 */
@Named
@RequestScoped
public class WaitlistBacking {

    @Inject
    Waitlist waitlist;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentAccount account;

    @Inject
    LocaleBacking locale;

    @Inject
    VisitorRates rates;

    @Inject
    StatelessView stateless;

    private Long sessionId;
    private String reference;
    private String token;
    private int seats = 1;
    private String name;
    private String email;
    private SessionOffer session;
    private Waitlist.View place;

    /** A first visit: the session, or the place in line, the address names; anything else is a 404. */
    public void load() throws IOException {
        stateless.mark();
        find();
    }

    /**
     * A form sent back: the tree is drawn afresh, so what the page is about is read from the form's
     * own fields before the others are checked against it.
     */
    @PostConstruct
    void restore() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.isPostback()) {
            return;
        }
        Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
        reference = blankToNull(sent.get("ref"));
        token = blankToNull(sent.get("t"));
        try {
            sessionId = reference == null ? Long.valueOf(sent.getOrDefault("session", "")) : null;
            find();
        } catch (NumberFormatException | IOException e) {
            sessionId = null;
            session = null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private void find() throws IOException {
        if (reference != null) {
            place = waitlist.view(reference, token).orElse(null);
            session = place == null ? null : catalogue.session(place.sessionId()).orElse(null);
        } else if (sessionId != null) {
            session = catalogue.session(sessionId).orElse(null);
            if (!FacesContext.getCurrentInstance().isPostback() && account.isSignedIn() && session != null) {
                name = account.getDisplayName();
                email = account.getEmail();
            }
        }
        if (session == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such waitlist");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void join() throws IOException {
        if (!rates.allow(ClientRates.Kind.HOLD)) {
            return;
        }
        try {
            Waitlist.Place joined = waitlist.join(new Waitlist.JoinRequest(sessionId, seats, name, email,
                    locale.getLanguage(), account.id()));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/waitlist?ref=" + joined.reference() + "&t=" + joined.token());
        } catch (BookingException e) {
            Messages.error(fieldFor(e.messageKey()), e);
        }
    }

    /** This page's field a refusal belongs to, or none (the session's state, say: said at the top). */
    private static String fieldFor(String messageKey) {
        String field = BookingForm.fieldFor(messageKey);
        return field != null && Set.of("booking:buyerName", "booking:buyerEmail", "booking:quantity").contains(field)
                ? "waitlist:" + field.substring("booking:".length()) : null;
    }

    public void leave() {
        try {
            waitlist.leave(reference, token);
            Messages.info(null, "waitlist.left");
        } catch (BookingException e) {
            Messages.error(null, e);
        }
        place = waitlist.view(reference, token).orElse(place);
    }

    public List<Integer> getSeatChoices() {
        List<Integer> choices = new ArrayList<>();
        int most = session == null ? 1 : catalogue.publishedOffer(session.workshopSlug(), null)
                .map(offer -> offer.maxSeatsPerBooking()).orElse(1);
        for (int n = 1; n <= most; n++) {
            choices.add(n);
        }
        return choices;
    }

    /** The booking page that holds the seats offered, once there is one. */
    public Optional<String> getOfferAddress() {
        return place == null ? Optional.empty() : place.offer().map(offer -> FacesContext.getCurrentInstance()
                .getExternalContext().getRequestContextPath() + "/booking/" + offer.reference() + "?t=" + offer.token());
    }

    public SessionOffer getSession() {
        return session;
    }

    public Waitlist.View getPlace() {
        return place;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
