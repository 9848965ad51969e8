package org.atelier.interfaces.web.book;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.BookingQueryService;
import org.atelier.application.booking.BookingView;
import org.atelier.application.payment.SandboxPayments;

import java.io.IOException;

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
    SandboxPayments sandbox;

    private BookingView booking;

    public void load() throws IOException {
        booking = sandbox.isActive()
                ? queries.findForVisitor(getReference(), getToken()).orElse(null) : null;
        if (booking == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such checkout");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void pay() throws IOException {
        sandbox.pay(booking);
        backToBooking();
    }

    public void decline() throws IOException {
        sandbox.decline(booking);
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
