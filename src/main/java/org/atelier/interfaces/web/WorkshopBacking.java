package org.atelier.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.CatalogueService;
import org.atelier.application.CheckoutService;
import org.atelier.application.HoldReceipt;
import org.atelier.application.HoldRequest;
import org.atelier.application.SeatHoldService;
import org.atelier.application.SeatHolds;
import org.atelier.application.SessionOffer;
import org.atelier.application.WorkshopOffer;
import org.atelier.domain.model.payment.PaymentsUnavailableException;
import org.atelier.domain.model.pricing.PriceQuote;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.workshop.SeatsUnavailableException;
import org.atelier.interfaces.http.ClientRates;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Backs /book/{slug}: the workshop, its sessions and the booking form. The form carries one
 * idempotency key for its whole life, so a double click or a resent form finds the same booking;
 * the key names this browser, so a form sent again from a reloaded page finds this browser's hold.
 */
@Named
@ViewScoped
public class WorkshopBacking implements Serializable {

    @Inject
    CatalogueService catalogue;

    @Inject
    SeatHoldService holds;

    @Inject
    CheckoutService checkout;

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

    private final String formKey = UUID.randomUUID().toString();
    private final BookingForm form = new BookingForm();
    private String slug;
    private WorkshopOffer offer;
    private HoldReceipt heldBooking;
    private String paymentProblem;
    private PriceQuote quote;

    public void load() throws IOException {
        Optional<WorkshopOffer> found = slug == null ? Optional.empty() : catalogue.publishedOffer(slug, account.id());
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such workshop");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        offer = found.get();
        if (form.getBuyerEmail() == null && account.isSignedIn()) {
            form.setBuyerName(account.getDisplayName());
            form.setBuyerEmail(account.getEmail());
        }
        if (form.getSessionId() == null) {
            offer.sessions().stream().filter(SessionOffer::bookable).findFirst()
                    .ifPresent(first -> form.setSessionId(first.id()));
        }
        requote();
    }

    public void onChoiceChange() {
        form.fitParticipants();
        requote();
    }

    public void book() throws IOException {
        requote();
        form.fitParticipants();
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

    /**
     * The terms must be accepted. A validator, not a check in {@link #book()}: it is judged with the
     * other fields, so a visitor reads every error of the form at once.
     */
    public void requireTerms(FacesContext faces, UIComponent checkbox, Object accepted) {
        if (!Boolean.TRUE.equals(accepted)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(faces, "booking.terms.required"), null));
        }
    }

    /** Sends the visitor to pay, or straight to the booking page when nothing is owed. */
    public void continueToPayment() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!heldBooking.needsPayment()) {
            external.redirect(external.getRequestContextPath() + "/booking/" + heldBooking.reference()
                    + "?t=" + heldBooking.accessToken());
            return;
        }
        try {
            paymentProblem = null;
            external.redirect(Redirects.resolve(external, checkout.startCheckout(heldBooking.reference(), heldBooking.accessToken())));
        } catch (PaymentsUnavailableException e) {
            paymentProblem = Messages.text(FacesContext.getCurrentInstance(), "payment.unavailable",
                    format.time(e.heldUntil()));
        }
    }

    public List<SessionOffer> getSessions() {
        return offer == null ? List.of() : offer.sessions();
    }

    public Optional<SessionOffer> selectedSession() {
        return getSessions().stream().filter(s -> form.getSessionId() != null && s.id() == form.getSessionId()).findFirst();
    }

    /** At most the workshop's limit per booking, and never more than the chosen session has left. */
    public int getMaxQuantity() {
        int left = selectedSession().map(SessionOffer::seatsLeft).orElse(offer == null ? 1 : offer.maxSeatsPerBooking());
        return Math.max(1, Math.min(offer == null ? 1 : offer.maxSeatsPerBooking(), left));
    }

    /**
     * The price shown is asked for once per change, not each time the page reads it, and always
     * for the signed-in account itself: nothing in the form can change whose price it is.
     */
    private void requote() {
        quote = selectedSession().map(s -> catalogue.quote(s.id(), Math.max(1, form.getQuantity()), account.id()))
                .orElse(offer == null ? null : offer.price().single());
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

    public HoldReceipt getHeldBooking() {
        return heldBooking;
    }

    public String getPaymentProblem() {
        return paymentProblem;
    }
}
