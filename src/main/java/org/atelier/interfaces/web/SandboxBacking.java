package org.atelier.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.BookingQueryService;
import org.atelier.application.BookingView;
import org.atelier.application.PaymentOutcomeService;
import org.atelier.domain.model.payment.PaymentProvider;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.infrastructure.payment.SandboxPaymentProvider;

import java.io.IOException;
import java.util.Optional;

/**
 * Backs the sandbox checkout: Pay and Decline drive the same use cases as Stripe's events do.
 * It exists only while the sandbox is the payment provider.
 */
@Named
@ViewScoped
public class SandboxBacking extends BookingLinkBacking {

    @Inject
    BookingQueryService queries;

    @Inject
    PaymentOutcomeService outcomes;

    @Inject
    PaymentProvider provider;

    private BookingView booking;

    public void load() throws IOException {
        booking = SandboxPaymentProvider.NAME.equals(provider.name())
                ? queries.findForVisitor(getReference(), getToken()).orElse(null) : null;
        if (booking == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such checkout");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void pay() throws IOException {
        outcomes.paid(booking.reference(), new ReceivedPayment(SandboxPaymentProvider.NAME,
                SandboxPaymentProvider.checkoutIdOf(booking), null, booking.total()));
        backToBooking();
    }

    public void decline() throws IOException {
        outcomes.declined(booking.reference(), Optional.empty());
        backToBooking();
    }

    private void backToBooking() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/booking/" + booking.reference() + "?t=" + getToken());
    }


    public BookingView getBooking() {
        return booking;
    }
}
