package org.atelier.interfaces.web.book;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.BookingQueryService;
import org.atelier.application.booking.BookingView;
import org.atelier.application.payment.CheckoutService;
import org.atelier.domain.model.payment.PaymentsUnavailableException;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.Redirects;

import java.io.IOException;

/**
 * Backs /booking/{reference}?t={token}: the buyer's own page. Without the right token it is a
 * 404, exactly like an unknown reference. While a payment is on its way the page polls.
 */
@Named
@ViewScoped
public class BookingBacking extends BookingLinkBacking {

    @Inject
    BookingQueryService queries;

    @Inject
    CheckoutService checkout;

    @Inject
    DisplayFormat format;

    private BookingView booking;
    private String paymentProblem;

    public void load() throws IOException {
        booking = queries.findForVisitor(getReference(), getToken()).orElse(null);
        if (booking == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such booking");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void refresh() {
        booking = queries.findForVisitor(getReference(), getToken()).orElse(booking);
    }

    public void pay() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            paymentProblem = null;
            external.redirect(Redirects.resolve(external, checkout.startCheckout(booking.reference(), getToken())));
        } catch (PaymentsUnavailableException e) {
            paymentProblem = Messages.text(FacesContext.getCurrentInstance(), "payment.unavailable",
                    format.time(e.heldUntil()));
        } catch (BookingException e) {
            Messages.error(null, e);
            refresh();
        }
    }

    public String getCalendarUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/bookings/" + booking.reference() + "/calendar.ics?t=" + getToken();
    }


    public BookingView getBooking() {
        return booking;
    }

    public String getPaymentProblem() {
        return paymentProblem;
    }
}
