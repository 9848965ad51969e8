package org.atelier.application.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.atelier.application.admin.read.MoneyLedger;
import org.atelier.application.port.AuditTrail;
import org.atelier.application.refund.RefundService;
import org.atelier.domain.model.booking.BookingRepository;
import org.atelier.domain.model.payment.Refund;
import org.atelier.domain.model.payment.RefundRepository;
import org.atelier.domain.model.payment.RefundStatus;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

/** Use cases of the admin's money page: payments, refunds (a failed one can be asked again) and disputes. */
@Stateless
@RolesAllowed("ADMIN")
public class AdminPayments {

    @Inject
    MoneyLedger ledger;

    @Inject
    BookingRepository bookings;

    @Resource
    SessionContext caller;

    @Inject
    RefundRepository refunds;

    @Inject
    RefundService refundService;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<MoneyLedger.MoneyLine> payments() {
        return ledger.payments();
    }

    public List<MoneyLedger.MoneyLine> refunds() {
        return ledger.refunds();
    }

    public List<MoneyLedger.MoneyLine> disputes() {
        return ledger.disputes();
    }

    /**
     * Asks the provider again for the amount of a refund that failed, as a new refund, once: when
     * two admins retry the same refund at once, the second is refused and nothing of it is kept.
     */
    public long retryRefund(long refundId) {
        Refund failed = refunds.findById(refundId).orElseThrow(() -> new NotFoundException("refund.unknown"));
        if (failed.status() != RefundStatus.FAILED) {
            throw new BookingException("refund.notFailed");
        }
        String reference = bookings.findById(failed.bookingId()).orElseThrow().reference();
        long id = refundService.refund(reference, OptionalLong.of(failed.amount().amount()), failed.reason(),
                caller.getCallerPrincipal().getName());
        if (!refunds.markRetried(failed, refunds.findById(id).orElseThrow())) {
            throw new BookingException("refund.alreadyRetried");
        }
        audit.record(new AuditTrail.Entry(caller.getCallerPrincipal().getName(), "RETRY_REFUND", "BOOKING", reference,
                failed.bookingId(), Long.toString(refundId), Long.toString(id), failed.reason()), clock.instant());
        return id;
    }
}
