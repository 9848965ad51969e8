package org.atelier.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.atelier.application.admin.AdminPayments;
import org.atelier.application.admin.read.MoneyLedger;
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

    private List<MoneyLedger.MoneyLine> refunds;

    public List<MoneyLedger.MoneyLine> getPayments() {
        return payments.payments();
    }

    public List<MoneyLedger.MoneyLine> getRefunds() {
        if (refunds == null) {
            refunds = payments.refunds();
        }
        return refunds;
    }

    public List<MoneyLedger.MoneyLine> getDisputes() {
        return payments.disputes();
    }

    public void retry(MoneyLedger.MoneyLine refund) {
        try {
            payments.retryRefund(refund.id());
            Messages.info(null, "admin.payments.retried", refund.reference());
        } catch (BookingException e) {
            Messages.error(null, e);
        }
        refunds = null;
    }
}
