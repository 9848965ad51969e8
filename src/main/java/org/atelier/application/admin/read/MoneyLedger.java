package org.atelier.application.admin.read;

import org.atelier.domain.model.shared.Money;

import java.time.Instant;
import java.util.List;

/** The admin's money page as read from the database: the latest payments, refunds and disputes. */
public interface MoneyLedger {

    /** One payment, refund or dispute; {@code retriable}: a failed refund nobody has asked for again. */
    record MoneyLine(long id, String reference, String providerId, Money amount, String status, String note,
                     Instant at, boolean retriable) {

        public boolean isRetried() {
            return "FAILED".equals(status) && !retriable;
        }
    }

    /** The latest payments, newest first. */
    List<MoneyLine> payments();

    /** The latest refunds, the failed ones first, then newest first. */
    List<MoneyLine> refunds();

    /** The latest disputes, newest first. */
    List<MoneyLine> disputes();
}
