package org.atelier.interfaces.web.book;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.payment.CheckoutService;
import org.atelier.domain.model.payment.PaymentsUnavailableException;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.Redirects;

import java.io.IOException;
import java.util.Optional;

/**
 * What follows a hold on every booking form (seats or a time): off to pay, or straight to the
 * booking page when nothing is owed. When payments are down the hold stays and the page links to
 * the booking, whose page tries again.
 */
@RequestScoped
public class PaymentStep {

    @Inject
    CheckoutService checkout;

    @Inject
    DisplayFormat format;

    /** Redirects onwards; answers why payment could not start, when it could not. */
    public Optional<String> continueAfter(HoldReceipt held) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!held.needsPayment()) {
            external.redirect(bookingAddress(held));
            return Optional.empty();
        }
        try {
            external.redirect(Redirects.resolve(external, checkout.startCheckout(held.reference(), held.accessToken())));
            return Optional.empty();
        } catch (PaymentsUnavailableException e) {
            return Optional.of(Messages.text(FacesContext.getCurrentInstance(), "payment.unavailable", format.time(e.heldUntil())));
        }
    }

    /** The held booking's own page, where a payment that could not start is tried again. */
    public static String bookingAddress(HoldReceipt held) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestContextPath() + "/booking/" + held.reference() + "?t=" + held.accessToken();
    }
}
