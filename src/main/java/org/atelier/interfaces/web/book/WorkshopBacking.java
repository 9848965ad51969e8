package org.atelier.interfaces.web.book;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.booking.HoldRequest;
import org.atelier.application.booking.SeatHoldService;
import org.atelier.application.booking.SeatHolds;
import org.atelier.application.catalogue.CatalogueService;
import org.atelier.application.catalogue.SessionOffer;
import org.atelier.application.catalogue.WorkshopOffer;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.SeatsUnavailableException;
import org.atelier.interfaces.http.ClientRates;
import org.atelier.interfaces.web.CurrentAccount;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.LocaleBacking;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.StatelessView;
import org.atelier.interfaces.web.VisitorRates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Backs /book/{slug}: the workshop, its sessions and the booking form. The page keeps nothing on
 * the server between requests (a transient view, a request-scoped bean), so a crowd of anonymous
 * visitors creates no sessions; what the form needs again travels in it: the workshop's slug, the
 * choices, and one idempotency key for the form's whole life, so a double click or a resent form
 * finds the same booking. The key is joined with the browser's own identity, so a form sent again
 * from a reloaded page finds this browser's hold and no one else's.
 */
@Named
@RequestScoped
public class WorkshopBacking {

    @Inject
    CatalogueService catalogue;

    @Inject
    SeatHoldService holds;

    @Inject
    PaymentStep payment;

    @Inject
    LocaleBacking locale;

    @Inject
    DisplayFormat format;

    @Inject
    CurrentAccount account;

    @Inject
    VisitorRates rates;

    @Inject
    BrowserIdentity browser;

    @Inject
    StatelessView stateless;

    private final BookingForm form = new BookingForm();
    private String formKey = UUID.randomUUID().toString();
    private String slug;
    private WorkshopOffer offer;
    private SessionOffer sentSession;
    private HoldReceipt heldBooking;
    private String paymentProblem;
    private PriceQuote quote;

    /** A first visit: the workshop named in the address, with its first bookable session chosen. */
    public void load() throws IOException {
        stateless.mark();
        if (findOffer()) {
            prefill();
        }
    }

    /**
     * A form sent back: the tree is drawn afresh, so before its fields are read the offer is found
     * again and the form given as many participant rows as the seats it asks for. Anything sent
     * that is not a number, or asks for more than a booking may hold, counts as nothing chosen.
     */
    @PostConstruct
    void restore() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || !faces.isPostback()) {
            return;
        }
        Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
        slug = sent.get("slug");
        BookingForm.formKeyIn(sent).ifPresent(key -> formKey = key);
        try {
            if (!findOffer()) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        form.restoreFrom(sent, offer.maxSeatsPerBooking());
        if (form.getSessionId() != null && selectedSession().isEmpty()) {
            sentSession = catalogue.session(form.getSessionId()).filter(s -> s.workshopSlug().equals(slug)).orElse(null);
        }
        requote();
    }

    /** Finds the workshop named by {@link #slug}; a workshop that is not (or no longer) published is a 404. */
    private boolean findOffer() throws IOException {
        Optional<WorkshopOffer> found = slug == null ? Optional.empty() : catalogue.publishedOffer(slug, account.id());
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such workshop");
            FacesContext.getCurrentInstance().responseComplete();
            return false;
        }
        offer = found.get();
        return true;
    }

    private void prefill() {
        if (account.isSignedIn()) {
            form.setBuyerName(account.getDisplayName());
            form.setBuyerEmail(account.getEmail());
        }
        offer.sessions().stream().filter(SessionOffer::bookable).findFirst()
                .ifPresent(first -> form.setSessionId(first.id()));
        requote();
    }

    public void book() throws IOException {
        if (form.getParticipants().stream().anyMatch(row -> row.getName() == null || row.getName().isBlank())) {
            Messages.error("booking:participants", "booking.participant.name.invalid");
            return;
        }
        if (!rates.allow(ClientRates.Kind.HOLD)) {
            return;
        }
        try {
            heldBooking = holds.hold(new HoldRequest(form.getSessionId() == null ? -1 : form.getSessionId(),
                    form.getQuantity(), form.getBuyerName(), form.getBuyerEmail(), form.participantInputs(),
                    locale.getLanguage(), SeatHolds.webKey(browser.id(), formKey), account.id()));
            continueToPayment();
        } catch (SeatsUnavailableException e) {
            offer = catalogue.publishedOffer(slug, account.id()).orElse(offer);
            Messages.error("booking:quantity", e);
        } catch (BookingException e) {
            Messages.error(BookingForm.fieldFor(e.messageKey()), e);
        }
    }

    private void continueToPayment() throws IOException {
        paymentProblem = payment.continueAfter(heldBooking).orElse(null);
    }

    public List<SessionOffer> getSessions() {
        return offer == null ? List.of() : offer.sessions();
    }

    /**
     * The sessions to choose from. A session of this workshop that the sent form chose but that
     * started since the page was drawn stays a valid choice, shown as started, so the hold can say
     * what changed where the select could only say "choose one of the options offered"; and so can
     * a session that filled up, whose seats are only greyed while the page is drawn.
     */
    public List<SessionOffer> getSessionChoices() {
        if (sentSession == null) {
            return getSessions();
        }
        List<SessionOffer> choices = new ArrayList<>(getSessions());
        choices.add(sentSession);
        return choices;
    }

    public boolean isDrawing() {
        return FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    }

    public Optional<SessionOffer> selectedSession() {
        return getSessionChoices().stream().filter(s -> form.getSessionId() != null && s.id() == form.getSessionId()).findFirst();
    }

    /**
     * At most the workshop's limit per booking and, on the page as drawn, never more than the
     * chosen session has left; a sent form may ask for more than is left now, and hears how many.
     */
    public int getMaxQuantity() {
        int limit = offer == null ? 1 : offer.maxSeatsPerBooking();
        int left = isDrawing() ? selectedSession().map(SessionOffer::seatsLeft).orElse(limit) : limit;
        return Math.max(1, Math.min(limit, left));
    }

    /**
     * The price shown is asked for once per change, not each time the page reads it, and always
     * for the signed-in account itself: nothing in the form can change whose price it is.
     */
    private void requote() {
        quote = selectedSession().map(s -> catalogue.quote(s.id(), Math.max(1, form.getQuantity()), account.id()))
                .orElse(offer == null ? null : offer.price().single());
    }

    /** The cancellation terms of the chosen session, with its deadlines; empty while none is chosen. */
    public String getPolicy() {
        return selectedSession().map(s -> format.policy(offer.cancellationPolicy(), s.start(),
                quote != null && quote.total().isZero())).orElse("");
    }

    public PriceQuote getQuote() {
        return quote;
    }

    public Money getTotal() {
        return quote == null ? null : quote.total();
    }

    public List<Integer> getQuantities() {
        List<Integer> quantities = new ArrayList<>();
        for (int i = 1; i <= getMaxQuantity(); i++) {
            quantities.add(i);
        }
        return quantities;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public WorkshopOffer getOffer() {
        return offer;
    }

    public BookingForm getForm() {
        return form;
    }

    public String getFormKey() {
        return formKey;
    }

    /** The held booking's own page, where a payment that could not start is tried again. */
    public String getHeldBookingAddress() {
        return PaymentStep.bookingAddress(heldBooking);
    }

    public String getPaymentProblem() {
        return paymentProblem;
    }
}
