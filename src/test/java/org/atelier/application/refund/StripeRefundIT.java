package org.atelier.application.refund;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.atelier.application.booking.HoldReceipt;
import org.atelier.application.booking.HoldRequest;
import org.atelier.application.booking.SeatHoldService;
import org.atelier.application.payment.PaymentOutcomeService;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.payment.RefundStatus;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.ContainerDb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.awaitility.Awaitility.await;

/**
 * A partial and then a full refund of a Stripe payment, inside Payara Micro with the real
 * stripe-java talking to the fake Stripe: each refund is sent with its own idempotency key, stays
 * pending until Stripe reports it done (here reported directly; the webhook path has its own tests).
 */
@ExtendWith(ArquillianExtension.class)
class StripeRefundIT {

    @Deployment
    @TargetsContainer("stripe")
    static WebArchive deployment() {
        return Deployments.atelierWarForInContainerTests();
    }

    @Inject
    SeatHoldService holds;

    @Inject
    PaymentOutcomeService outcomes;

    @Inject
    RefundService refunds;

    @Inject
    RefundOutcomes refundOutcomes;

    @Resource(lookup = "java:app/jdbc/atelier")
    DataSource db;

    @Test
    void aPartialThenAFullRefundGoThroughStripeAndEndRefunded() throws Exception {
        long session = ContainerDb.publishedSession(db, 10);
        HoldReceipt hold = holds.hold(new HoldRequest(session, 2, "Stripe Refund", "stripe.refund@example.org",
                List.of(), "en", null));
        outcomes.paid(hold.reference(), new ReceivedPayment("stripe", "cs_refund_" + hold.reference(),
                "pi_refund_" + hold.reference(), hold.total()));

        long first = refunds.refund(hold.reference(), OptionalLong.of(2500), "Came for half", "admin@atelier.test");
        String firstAtStripe = awaitSent(first);
        assertEquals("PENDING", ContainerDb.text(db, "select status from refund where id = " + first));
        refundOutcomes.reported(firstAtStripe, RefundStatus.SUCCEEDED, null);
        assertEquals("PARTIALLY_REFUNDED", state(hold.reference()));

        long rest = refunds.refund(hold.reference(), OptionalLong.empty(), "Host cancelled", "admin@atelier.test");
        assertEquals(hold.total().amount() - 2500, ContainerDb.number(db, "select amount from refund where id = " + rest));
        refundOutcomes.reported(awaitSent(rest), RefundStatus.SUCCEEDED, null);
        assertEquals("REFUNDED", state(hold.reference()));
        assertEquals(0, ContainerDb.number(db, "select seats_taken from session where id = " + session));
    }

    /** The outbox sends the refund to Stripe after the commit; Stripe's id for it comes back. */
    private String awaitSent(long refundId) {
        return await("refund " + refundId + " sent to Stripe").atMost(Duration.ofSeconds(20))
                .until(() -> ContainerDb.text(db, "select provider_refund_id from refund where id = " + refundId),
                        java.util.Objects::nonNull);
    }


    private String state(String reference) throws SQLException {
        return ContainerDb.text(db, "select state from booking where reference = '" + reference + "'");
    }


}
