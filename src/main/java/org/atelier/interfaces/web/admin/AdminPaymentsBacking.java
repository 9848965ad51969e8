package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminPayments;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.interfaces.web.Messages;

import java.io.Serializable;
import java.util.List;

/** Backs /admin/payments: payments, refunds with a retry for failed ones, and disputes. */
@Named
@ViewScoped
public class AdminPaymentsBacking implements Serializable {

    @Inject
    AdminPayments payments;

    private List<AdminPayments.MoneyLine> refunds;

    public List<AdminPayments.MoneyLine> getPayments() {
        return payments.payments();
    }

    public List<AdminPayments.MoneyLine> getRefunds() {
        if (refunds == null) {
            refunds = payments.refunds();
        }
        return refunds;
    }

    public List<AdminPayments.MoneyLine> getDisputes() {
        return payments.disputes();
    }

    public void retry(AdminPayments.MoneyLine refund) {
        try {
            payments.retryRefund(refund.id());
            Messages.info(null, "admin.payments.retried", refund.reference());
        } catch (BookingException e) {
            Messages.error(null, e);
        }
        refunds = null;
    }
}
