package org.atelier.interfaces.web.admin;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.atelier.application.admin.AdminBookingDetail;
import org.atelier.application.admin.AdminBookings;
import org.atelier.domain.model.booking.Attendance;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.interfaces.web.DisplayFormat;
import org.atelier.interfaces.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Backs /admin/booking?ref=...: one booking with its timeline and the admin's actions. Each action
 * names the version shown; when another admin got there first, the page says so and reloads.
 */
@Named
@ViewScoped
public class AdminBookingBacking implements Serializable {

    @Inject
    AdminBookings bookings;

    @Inject
    DisplayFormat format;

    private String reference;
    private AdminBookingDetail detail;
    private BigDecimal refundAmount;
    private String refundReason;
    private String cancelReason;
    private boolean refundOnCancel = true;

    public void load() throws IOException {
        detail = reference == null ? null : bookings.detail(reference).orElse(null);
        if (detail == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such booking");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void reload() {
        detail = bookings.detail(reference).orElse(detail);
    }

    /** A part when an amount is given, otherwise all that can still be refunded. */
    public void refund() {
        OptionalLong minorUnits = OptionalLong.empty();
        if (refundAmount != null) {
            Optional<Money> typed = TypedMoney.of(refundAmount, detail.refundable().currency().getCurrencyCode());
            if (typed.isEmpty() || typed.get().amount() <= 0) {
                Messages.error("refundForm:amount", "refund.amount.invalid");
                return;
            }
            minorUnits = OptionalLong.of(typed.get().amount());
        }
        long asked = minorUnits.orElse(detail.refundable().amount());
        if (act(() -> bookings.refund(reference, detail.version(), OptionalLong.of(asked), refundReason), "refundForm:amount")) {
            Messages.info(null, "admin.refund.done", format.money(Money.of(asked, detail.refundable().currency())));
        }
    }

    public void cancel() {
        if (act(() -> bookings.cancel(reference, detail.version(), cancelReason, refundOnCancel), "cancelForm:reason")) {
            Messages.info(null, "admin.cancel.done", reference);
        }
    }

    public void resendConfirmation() {
        if (act(() -> bookings.resendConfirmation(reference), null)) {
            Messages.info(null, "admin.resend.done", detail.booking().buyerEmail());
        }
    }

    public void markAttended() {
        attendance(Attendance.ATTENDED);
    }

    public void markNoShow() {
        attendance(Attendance.NO_SHOW);
    }

    private void attendance(Attendance came) {
        if (act(() -> bookings.recordAttendance(reference, detail.version(), came), null)) {
            Messages.info(null, "admin.attendance.done", Messages.text(FacesContext.getCurrentInstance(),
                    "admin.attendance." + came.name()));
        }
    }

    /** Runs an action and reloads the booking either way: after a refusal the page shows it as it is now. */
    private boolean act(Runnable action, String field) {
        try {
            action.run();
            return true;
        } catch (BookingException e) {
            Messages.error(field, e);
            return false;
        } catch (EJBException e) {
            if (!isConflict(e)) {
                throw e;
            }
            Messages.error(field, "admin.booking.stale", reference);
            return false;
        } finally {
            refundReason = null;
            cancelReason = null;
            refundAmount = null;
            detail = bookings.detail(reference).orElse(detail);
        }
    }

    /** Two admins' writes met in the database: one of them has to look again. */
    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public AdminBookingDetail getDetail() {
        return detail;
    }

    /** The timeline in the admin's words. */
    public List<TimelineWording.Line> getTimeline() {
        TimelineWording wording = new TimelineWording(FacesContext.getCurrentInstance(), format);
        return detail.timeline().stream().map(wording::line).toList();
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public boolean isRefundOnCancel() {
        return refundOnCancel;
    }

    public void setRefundOnCancel(boolean refundOnCancel) {
        this.refundOnCancel = refundOnCancel;
    }
}
