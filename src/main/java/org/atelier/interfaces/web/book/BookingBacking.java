package org.atelier.interfaces.web.book;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.booking.BookingQueryService;
import org.atelier.application.booking.BookingView;
import org.atelier.application.cancellation.BuyerCancellation;
import org.atelier.application.payment.CheckoutService;
import org.atelier.domain.model.payment.PaymentsUnavailableException;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.Messages;
import org.atelier.interfaces.web.Redirects;

import java.io.IOException;
import java.util.Optional;

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

    @Inject
    BuyerCancellation cancellation;

    private BookingView booking;
    private String paymentProblem;
    private BuyerCancellation.Preview cancelPreview;
    private boolean confirmingCancel;

    public void load() throws IOException {
        booking = queries.findForVisitor(getReference(), getToken()).orElse(null);
        if (booking == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such booking");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        cancelPreview = cancellation.preview(getReference(), getToken()).orElse(null);
    }

    public void refresh() {
        booking = queries.findForVisitor(getReference(), getToken()).orElse(booking);
        cancelPreview = cancellation.preview(getReference(), getToken()).orElse(null);
    }

    /** The first step: the page says exactly what cancelling now would do, and asks once more. */
    public void askToCancel() {
        refresh();
        confirmingCancel = cancelPreview != null;
    }

    public void keepBooking() {
        confirmingCancel = false;
    }

    public void cancel() {
        try {
            cancellation.cancel(getReference(), getToken());
            Messages.info(null, "cancel.done");
        } catch (BookingException e) {
            Messages.error(null, e);
        }
        confirmingCancel = false;
        refresh();
    }

    /** "No thanks": seats held and not paid for go back, to the next person waiting for them. */
    public void releaseHold() {
        try {
            cancellation.releaseHold(getReference(), getToken());
            Messages.info(null, "hold.released");
        } catch (BookingException e) {
            Messages.error(null, e);
        }
        refresh();
    }

    /** What cancelling now would do, in the buyer's words; empty when the booking cannot be cancelled. */
    public String getCancelPreview() {
        return Optional.ofNullable(cancelPreview).map(preview -> {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (preview.free() || preview.paid().isZero()) {
                return Messages.text(faces, "cancel.previewFree");
            }
            if (preview.back().isZero()) {
                return Messages.text(faces, "cancel.previewNone", preview.lastRefundHours());
            }
            return Messages.text(faces, "cancel.previewBack", format.money(preview.back()), format.money(preview.paid()));
        }).orElse("");
    }

    public boolean isCancellable() {
        return cancelPreview != null;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
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
