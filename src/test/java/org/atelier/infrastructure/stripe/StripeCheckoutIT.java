package org.atelier.infrastructure.stripe;

import com.stripe.Stripe;
import com.stripe.net.Webhook;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.atelier.testing.DeployedAtelier;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.fake.FakeStripe;
import org.atelier.testing.fake.TestMailServer;
import org.atelier.testing.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

/**
 * The Stripe path with the real stripe-java against a fake Stripe on loopback: the Checkout
 * Session request, the signed webhook that confirms, a forged one that does not, and an outage.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StripeCheckoutIT extends DeployedAtelier {

    private static final String WEBHOOK_SECRET = "whsec_atelier_test_secret";

    @Deployment(testable = false)
    @TargetsContainer("stripe")
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }



    @Test
    void theCheckoutSessionCarriesTheBookingAndAPaidCompletionConfirmsIt() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(4500, 4), Duration.ofDays(4), 10, 0);
        JsonObject hold = hold(session, 2, "stripe.buyer@example.org");
        String reference = hold.getString("reference");
        Instant before = Instant.now();

        HttpResponse<String> redirect = pressPay(new Http(base), reference, hold.getString("token"));

        assertEquals(302, redirect.statusCode(), redirect.body());
        FakeStripe.Request request = FakeStripe.requests().get(FakeStripe.requests().size() - 1);
        assertEquals("/v1/checkout/sessions", request.path());
        assertEquals("Bearer sk_test_atelier_fake", request.authorization());
        long bookingId = TestDb.queryLong("select id from booking where reference = '" + reference + "'");
        assertEquals("booking-" + bookingId + "-checkout-1", request.idempotencyKey());
        Map<String, String> params = request.params();
        assertEquals("4500", params.get("line_items[0][price_data][unit_amount]"));
        assertEquals("eur", params.get("line_items[0][price_data][currency]"));
        assertEquals("2", params.get("line_items[0][quantity]"));
        assertEquals(reference, params.get("metadata[booking_reference]"));
        assertEquals(reference, params.get("client_reference_id"));
        assertEquals("stripe.buyer@example.org", params.get("customer_email"));
        long expiresAt = Long.parseLong(params.get("expires_at"));
        assertTrue(expiresAt >= before.plus(Duration.ofMinutes(30)).getEpochSecond(), "Stripe's 30-minute minimum");
        assertEquals(expiresAt, TestDb.queryObject("select hold_expires_at from booking where id = " + bookingId,
                java.time.OffsetDateTime.class).toEpochSecond(), "the hold lasts as long as the checkout");
        String checkoutId = TestDb.queryString("select provider_checkout_id from booking where id = " + bookingId);
        assertTrue(redirect.headers().firstValue("Location").orElseThrow().endsWith("/pay/" + checkoutId));
        assertEquals("PAYMENT_PENDING", state(reference));

        // Back from Stripe without paying and "Continue to payment" again: the same checkout, asked
        // for with the same key and the same parameters, so Stripe answers with the same session.
        HttpResponse<String> again = press("bookingPage:returnToPayment", new Http(base), reference, hold.getString("token"));
        assertEquals(redirect.headers().firstValue("Location"), again.headers().firstValue("Location"));
        FakeStripe.Request repeated = FakeStripe.requests().get(FakeStripe.requests().size() - 1);
        assertEquals(request.idempotencyKey(), repeated.idempotencyKey());
        assertEquals(request.params(), repeated.params());

        HttpResponse<String> delivered = deliver(completedEvent(checkoutId, reference, "paid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals(200, delivered.statusCode(), delivered.body());
        assertEquals("CONFIRMED", state(reference));
        assertEquals(2, Fixtures.seatsTaken(session));

        HttpResponse<String> notOurs = deliver(completedEvent("cs_test_elsewhere", "ZZZZ-ZZZZ", "paid"), Instant.now(),
                WEBHOOK_SECRET);
        assertEquals(200, notOurs.statusCode(), "a session of another integration is acknowledged, not retried");
    }

    @Test
    void aRedeliveredEventIsAcknowledgedAndAppliedOnce() throws Exception {
        Checkout checkout = pendingCheckout(2, "twice@example.org");
        String event = completedEvent(checkout.id(), checkout.reference(), "paid");

        assertEquals(200, deliver(event, Instant.now(), WEBHOOK_SECRET).statusCode());
        HttpResponse<String> again = deliver(event, Instant.now(), WEBHOOK_SECRET);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("\"duplicate\":true"), again.body());
        // The same payment reported by a second, different event is still one payment.
        deliver(event("evt_async_" + checkout.id(), "checkout.session.async_payment_succeeded", checkout.id(),
                checkout.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);

        assertEquals("CONFIRMED", state(checkout.reference()));
        assertEquals(1, count("payment", checkout));
        assertEquals(6000, TestDb.queryLong("select amount from payment where booking_id = " + checkout.bookingId()));
        assertEquals(1, count("outbox_message", checkout), "one confirmation mail");
    }

    @Test
    void anAsynchronousPaymentConfirmsLaterOrFails() throws Exception {
        Checkout succeeding = pendingCheckout(1, "async.ok@example.org");
        deliver(event("evt_c_" + succeeding.id(), "checkout.session.completed", succeeding.id(), succeeding.reference(),
                "unpaid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("PAYMENT_PENDING", state(succeeding.reference()));
        deliver(event("evt_s_" + succeeding.id(), "checkout.session.async_payment_succeeded", succeeding.id(),
                succeeding.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("CONFIRMED", state(succeeding.reference()));

        Checkout failing = pendingCheckout(1, "async.fail@example.org");
        deliver(event("evt_f_" + failing.id(), "checkout.session.async_payment_failed", failing.id(), failing.reference(),
                "unpaid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("PAYMENT_FAILED", state(failing.reference()));
        assertEquals(0, count("payment", failing));
    }

    @Test
    void anExpiryAfterThePaymentChangesNothingAndAPaymentAfterTheExpiryRetakesTheSeats() throws Exception {
        Checkout paidFirst = pendingCheckout(2, "order1@example.org");
        deliver(completedEvent(paidFirst.id(), paidFirst.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);
        deliver(event("evt_x_" + paidFirst.id(), "checkout.session.expired", paidFirst.id(), paidFirst.reference(),
                "unpaid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("CONFIRMED", state(paidFirst.reference()));
        assertEquals(2, Fixtures.seatsTaken(paidFirst.session()));

        Checkout expiredFirst = pendingCheckout(2, "order2@example.org");
        deliver(event("evt_x_" + expiredFirst.id(), "checkout.session.expired", expiredFirst.id(),
                expiredFirst.reference(), "unpaid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("ABANDONED", state(expiredFirst.reference()));
        assertEquals(0, Fixtures.seatsTaken(expiredFirst.session()), "the expired checkout's seats are offered again");
        deliver(completedEvent(expiredFirst.id(), expiredFirst.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("CONFIRMED", state(expiredFirst.reference()), "a late payment gets its seats back");
        assertEquals(2, Fixtures.seatsTaken(expiredFirst.session()));
    }

    @Test
    void aLatePaymentWithoutSeatsLeftIsRefundedInFullOnItsOwn() throws Exception {
        Checkout late = pendingCheckout(2, "late.payer@example.org");
        deliver(event("evt_x_" + late.id(), "checkout.session.expired", late.id(), late.reference(), "unpaid"),
                Instant.now(), WEBHOOK_SECRET);
        TestDb.queryLong("update session set seats_taken = capacity where id = " + late.session() + " returning 1");

        String paid = completedEvent(late.id(), late.reference(), "paid");
        deliver(paid, Instant.now(), WEBHOOK_SECRET);
        deliver(paid, Instant.now(), WEBHOOK_SECRET);

        assertEquals("ABANDONED", state(late.reference()), "no seat was given");
        assertEquals(10, Fixtures.seatsTaken(late.session()), "nobody else's seat was taken away");
        long refundId = TestDb.queryLong("select id from refund where booking_id = " + late.bookingId());
        assertEquals(1, count("refund", late));
        FakeStripe.Request sent = awaitStripe("/v1/refunds", "refund-" + refundId);
        assertEquals("6000", sent.params().get("amount"), "all of it");
        assertEquals("pi_" + late.id(), sent.params().get("payment_intent"));
        String stripeRefund = awaitValue("select provider_refund_id from refund where id = " + refundId);

        deliver(refundEvent("evt_r_" + stripeRefund, stripeRefund, "succeeded"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("REFUNDED", state(late.reference()));
        assertEquals("SUCCEEDED", TestDb.queryString("select status from refund where id = " + refundId));
        assertEquals(6000, TestDb.queryLong("select refunded_amount from payment where booking_id = " + late.bookingId()));

        jakarta.mail.internet.MimeMessage told = TestMailServer.awaitMessage("late.payer@example.org",
                message -> subjectOf(message).startsWith("Refund of €60.00 for booking " + late.reference()),
                Duration.ofSeconds(20));
        assertTrue(told.getContent().toString().length() > 0);
        assertEquals(1, TestMailServer.countTo("late.payer@example.org"), "only the refund mail; no confirmation");
    }

    /** The user's Scenario 4 through stripe-java: cancelled 30 hours ahead, half of it goes back on the card. */
    @Test
    void aBuyerWhoCancelsThirtyHoursAheadGetsHalfBackThroughStripeAndIsToldWhenItIsBack() throws Exception {
        Checkout booked = pendingCheckout(2, "cancel.stripe@example.org");
        deliver(completedEvent(booked.id(), booked.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("CONFIRMED", state(booked.reference()));
        TestDb.queryLong("update session set starts_at = now() + interval '30 hours', ends_at = now() + interval '32 hours'"
                + " where id = " + booked.session() + " returning 1");

        Http browser = new Http(base);
        String address = "booking/" + booked.reference() + "?t=" + booked.token();
        String page = browser.get(address).body();
        String asked = browser.postForm(address, Map.of("bookingPage", "bookingPage", "bookingPage:askToCancel",
                "bookingPage:askToCancel", "jakarta.faces.ViewState", Http.viewState(page))).body();
        assertTrue(asked.contains("you get €30.00 of €60.00 back on the card you paid with"), asked);
        String done = browser.postForm(address, Map.of("bookingPage", "bookingPage", "bookingPage:confirmCancel",
                "bookingPage:confirmCancel", "jakarta.faces.ViewState", Http.viewState(asked))).body();
        assertTrue(done.contains("Your booking is cancelled."), done);
        assertEquals(0, Fixtures.seatsTaken(booked.session()), "the seats go back at once");

        long refundId = TestDb.queryLong("select id from refund where booking_id = " + booked.bookingId());
        FakeStripe.Request sent = awaitStripe("/v1/refunds", "refund-" + refundId);
        assertEquals("3000", sent.params().get("amount"), "half, under the booking's policy");
        String stripeRefund = awaitValue("select provider_refund_id from refund where id = " + refundId);
        deliver(refundEvent("evt_r_" + stripeRefund, stripeRefund, "succeeded").replace("\"amount\":6000", "\"amount\":3000"),
                Instant.now(), WEBHOOK_SECRET);
        assertEquals("CANCELLED", state(booked.reference()), "half back leaves it cancelled");
        assertEquals(3000, TestDb.queryLong("select refunded_amount from payment where booking_id = " + booked.bookingId()));
        TestMailServer.awaitMessage("cancel.stripe@example.org",
                message -> subjectOf(message).startsWith("Refund of €30.00 for booking " + booked.reference()),
                Duration.ofSeconds(20));
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aLostWebhookIsRecoveredByAskingStripeOnceTheHoldIsOver() throws Exception {
        Checkout paidQuietly = pendingCheckout(2, "lost.webhook@example.org");
        FakeStripe.payWithoutWebhook(paidQuietly.id());
        Checkout neverPaid = pendingCheckout(1, "walked.away@example.org");
        for (Checkout checkout : List.of(paidQuietly, neverPaid)) {
            TestDb.queryLong("update booking set hold_expires_at = now() - interval '1 second' where id = "
                    + checkout.bookingId() + " returning 1");
        }

        awaitState(paidQuietly.reference(), "CONFIRMED");
        assertEquals(1, count("payment", paidQuietly));
        assertEquals(2, Fixtures.seatsTaken(paidQuietly.session()));

        awaitState(neverPaid.reference(), "ABANDONED");
        assertEquals(0, Fixtures.seatsTaken(neverPaid.session()));
        assertTrue(FakeStripe.requests().stream().anyMatch(r -> r.path().equals("/v1/checkout/sessions/"
                + neverPaid.id() + "/expire")), "the open checkout is closed, so nobody pays for seats given back");
    }

    @Test
    void aDisputeIsFollowedFromOpeningToItsOutcome() throws Exception {
        Checkout disputed = pendingCheckout(2, "chargeback@example.org");
        deliver(completedEvent(disputed.id(), disputed.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);
        String dispute = "dp_" + disputed.id();
        long due = Instant.now().plus(Duration.ofDays(7)).getEpochSecond();

        deliver(disputeEvent("evt_d1_" + dispute, "charge.dispute.created", dispute, disputed.id(), "needs_response", due),
                Instant.now(), WEBHOOK_SECRET);
        assertEquals("needs_response", TestDb.queryString("select status from dispute where id = '" + dispute + "'"));
        assertEquals("fraudulent", TestDb.queryString("select reason from dispute where id = '" + dispute + "'"));
        assertEquals(due, TestDb.queryObject("select evidence_due_by from dispute where id = '" + dispute + "'",
                java.time.OffsetDateTime.class).toEpochSecond());
        assertEquals("DISPUTED", TestDb.queryString("select status from payment where booking_id = " + disputed.bookingId()));

        deliver(disputeEvent("evt_d2_" + dispute, "charge.dispute.updated", dispute, disputed.id(), "under_review", due),
                Instant.now(), WEBHOOK_SECRET);
        deliver(disputeEvent("evt_d3_" + dispute, "charge.dispute.closed", dispute, disputed.id(), "won", due),
                Instant.now(), WEBHOOK_SECRET);
        deliver(disputeEvent("evt_d4_" + dispute, "charge.dispute.updated", dispute, disputed.id(), "under_review", due),
                Instant.now(), WEBHOOK_SECRET);

        assertEquals("WON", TestDb.queryString("select outcome from dispute where id = '" + dispute + "'"),
                "a late update does not reopen a closed dispute");
        assertEquals("SUCCEEDED", TestDb.queryString("select status from payment where booking_id = " + disputed.bookingId()));
        assertEquals("CONFIRMED", state(disputed.reference()));
    }

    static String disputeEvent(String eventId, String type, String disputeId, String checkoutId, String status, long due) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s",
                 "data":{"object":{"id":"%s","object":"dispute","amount":6000,"currency":"eur","charge":"ch_%s",
                   "payment_intent":"pi_%s","reason":"fraudulent","status":"%s","livemode":false,
                   "evidence_details":{"due_by":%d,"has_evidence":false,"past_due":false,"submission_count":0}}}}"""
                .formatted(eventId, Stripe.API_VERSION, Instant.now().getEpochSecond(), type, disputeId, checkoutId,
                        checkoutId, status, due);
    }

    private static void awaitState(String reference, String expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(expected, state(reference)));
    }

    @Test
    void aDeclinedCardMarksThePaymentFailedAndAFailedRefundCanBeAskedAgain() throws Exception {
        Checkout declined = pendingCheckout(1, "declined@example.org");
        deliver("""
                {"id":"evt_pi_%s","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"payment_intent.payment_failed",
                 "data":{"object":{"id":"pi_%s","object":"payment_intent","amount":3000,"currency":"eur",
                   "status":"requires_payment_method","metadata":{"booking_reference":"%s"}}}}"""
                .formatted(declined.id(), Stripe.API_VERSION, Instant.now().getEpochSecond(), declined.id(),
                        declined.reference()), Instant.now(), WEBHOOK_SECRET);
        assertEquals("PAYMENT_FAILED", state(declined.reference()));

        Checkout late = pendingCheckout(1, "refund.fails@example.org");
        deliver(event("evt_x_" + late.id(), "checkout.session.expired", late.id(), late.reference(), "unpaid"),
                Instant.now(), WEBHOOK_SECRET);
        TestDb.queryLong("update session set seats_taken = capacity where id = " + late.session() + " returning 1");
        deliver(completedEvent(late.id(), late.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);
        long refundId = TestDb.queryLong("select id from refund where booking_id = " + late.bookingId());
        awaitStripe("/v1/refunds", "refund-" + refundId);
        String stripeRefund = awaitValue("select provider_refund_id from refund where id = " + refundId);

        deliver(refundEvent("evt_rf_" + stripeRefund, stripeRefund, "failed").replace("\"refund.updated\"", "\"refund.failed\""),
                Instant.now(), WEBHOOK_SECRET);
        assertEquals("FAILED", TestDb.queryString("select status from refund where id = " + refundId));
        assertEquals(0, TestDb.queryLong("select refunded_amount from payment where booking_id = " + late.bookingId()),
                "the amount can be refunded again");
        assertEquals("ABANDONED", state(late.reference()));
    }

    @Test
    void aRefundStripeCannotTakeNowWaitsInTheOutboxAndGoesOutLater() throws Exception {
        Checkout late = pendingCheckout(1, "refund.later@example.org");
        deliver(event("evt_x_" + late.id(), "checkout.session.expired", late.id(), late.reference(), "unpaid"),
                Instant.now(), WEBHOOK_SECRET);
        TestDb.queryLong("update session set seats_taken = capacity where id = " + late.session() + " returning 1");
        FakeStripe.failWith(500);
        long refundId;
        try {
            deliver(completedEvent(late.id(), late.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);
            refundId = TestDb.queryLong("select id from refund where booking_id = " + late.bookingId());
            String attempts = "select attempts from outbox_message where kind = 'REFUND' and subject_id = " + refundId;
            await().atMost(Duration.ofSeconds(20)).until(() -> TestDb.queryLong(attempts) >= 1);
            assertEquals("REQUESTED", TestDb.queryString("select status from refund where id = " + refundId));
        } finally {
            FakeStripe.failWith(0);
        }
        awaitValue("select provider_refund_id from refund where id = " + refundId);
        assertEquals("PENDING", TestDb.queryString("select status from refund where id = " + refundId),
                "sent once Stripe answers again, with the same idempotency key");
        assertEquals(1, FakeStripe.requests().stream().filter(r -> ("refund-" + refundId).equals(r.idempotencyKey()))
                .map(FakeStripe.Request::idempotencyKey).distinct().count());
    }

    @Test
    void aRefundMadeInStripesDashboardThatArrivesBeforeThePaymentIsAppliedOnceThePaymentIsKnown() throws Exception {
        Checkout checkout = pendingCheckout(2, "dashboard.refund@example.org");
        String refunded = """
                {"id":"evt_cr_%s","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"charge.refunded",
                 "data":{"object":{"id":"ch_%s","object":"charge","amount":6000,"amount_refunded":6000,"currency":"eur",
                   "payment_intent":"pi_%s","refunded":true,"status":"succeeded","livemode":false}}}"""
                .formatted(checkout.id(), Stripe.API_VERSION, Instant.now().getEpochSecond(), checkout.id(), checkout.id());

        HttpResponse<String> tooEarly = deliver(refunded, Instant.now(), WEBHOOK_SECRET);
        assertEquals(503, tooEarly.statusCode(), "not applied yet: Stripe will deliver it again");
        deliver(completedEvent(checkout.id(), checkout.reference(), "paid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals("CONFIRMED", state(checkout.reference()));

        assertEquals(200, deliver(refunded, Instant.now(), WEBHOOK_SECRET).statusCode());
        assertEquals("REFUNDED", state(checkout.reference()));
        assertEquals(0, Fixtures.seatsTaken(checkout.session()), "a fully refunded booking gives its seats back");
        assertEquals("SUCCEEDED", TestDb.queryString("select status from refund where booking_id = " + checkout.bookingId()));
        assertEquals(1, count("refund", checkout));
    }

    private static FakeStripe.Request awaitStripe(String path, String idempotencyKey) {
        return await("Stripe asked " + path + " with key " + idempotencyKey).atMost(Duration.ofSeconds(20))
                .until(() -> FakeStripe.requests().stream()
                        .filter(request -> request.path().equals(path) && idempotencyKey.equals(request.idempotencyKey()))
                        .findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static String awaitValue(String sql) {
        return await(sql).atMost(Duration.ofSeconds(20)).until(() -> TestDb.queryString(sql), java.util.Objects::nonNull);
    }

    static String refundEvent(String eventId, String refundId, String status) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"refund.updated",
                 "data":{"object":{"id":"%s","object":"refund","amount":6000,"currency":"eur","status":"%s"}}}"""
                .formatted(eventId, Stripe.API_VERSION, Instant.now().getEpochSecond(), refundId, status);
    }

    /** A booking of its own session, sent to Stripe: PAYMENT_PENDING with a Checkout Session. */
    private record Checkout(long session, long bookingId, String reference, String id, String token) {
    }

    private Checkout pendingCheckout(int quantity, String email) throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(3000, 4), Duration.ofDays(4), 10, 0);
        JsonObject hold = hold(session, quantity, email);
        String reference = hold.getString("reference");
        assertEquals(302, pressPay(new Http(base), reference, hold.getString("token")).statusCode());
        long bookingId = TestDb.queryLong("select id from booking where reference = '" + reference + "'");
        return new Checkout(session, bookingId, reference,
                TestDb.queryString("select provider_checkout_id from booking where id = " + bookingId), hold.getString("token"));
    }

    private static long count(String table, Checkout checkout) throws Exception {
        return TestDb.queryLong("select count(*) from " + table + " where booking_id = " + checkout.bookingId());
    }

    @Test
    void aBadlySignedOrStaleEventIsRefusedAndChangesNothing() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(3000, 4), Duration.ofDays(4), 10, 0);
        JsonObject hold = hold(session, 1, "forged@example.org");
        String reference = hold.getString("reference");
        pressPay(new Http(base), reference, hold.getString("token"));
        String checkoutId = TestDb.queryString("select provider_checkout_id from booking where reference = '" + reference + "'");
        String event = completedEvent(checkoutId, reference, "paid");

        assertProblem(deliver(event, Instant.now(), "whsec_someone_else"));
        assertProblem(deliver(event, Instant.now().minus(Duration.ofMinutes(10)), WEBHOOK_SECRET));
        assertProblem(new Http(base).post("api/webhooks/stripe", event, Map.of()));
        assertProblem(deliver("{not json", Instant.now(), WEBHOOK_SECRET));
        assertEquals("PAYMENT_PENDING", state(reference));

        HttpResponse<String> unpaid = deliver(completedEvent(checkoutId, reference, "unpaid"), Instant.now(), WEBHOOK_SECRET);
        assertEquals(200, unpaid.statusCode());
        assertEquals("PAYMENT_PENDING", state(reference), "an unpaid completion (async payment) confirms nothing yet");
    }

    @Test
    void whenStripeHangsTheVisitorIsToldInSecondsAndKeepsTheSeats() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(3000, 4), Duration.ofDays(4), 10, 0);
        JsonObject hold = hold(session, 1, "slow@example.org");
        FakeStripe.delayAnswers(4000);
        Instant pressed = Instant.now();
        try {
            HttpResponse<String> page = pressPay(new Http(base), hold.getString("reference"), hold.getString("token"));
            assertTrue(page.body().contains("Payments are temporarily unavailable; your seats are held until "), page.body());
        } finally {
            FakeStripe.delayAnswers(0);
        }
        assertTrue(Duration.between(pressed, Instant.now()).toSeconds() < 25, "timeouts and a few retries, not a hang");
        assertEquals("HELD", state(hold.getString("reference")));
        assertEquals(1, Fixtures.seatsTaken(session));
    }

    @Test
    void whenStripeFailsTheVisitorIsToldAndKeepsTheSeats() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(3000, 4), Duration.ofDays(4), 10, 0);
        JsonObject hold = hold(session, 3, "outage@example.org");
        String reference = hold.getString("reference");
        FakeStripe.failWith(500);
        try {
            HttpResponse<String> page = pressPay(new Http(base), reference, hold.getString("token"));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Payments are temporarily unavailable; your seats are held until "), page.body());
            assertTrue(page.body().contains("Continue to payment"), "a button to try again");
        } finally {
            FakeStripe.failWith(0);
        }
        assertEquals("HELD", state(reference));
        assertEquals(3, Fixtures.seatsTaken(session));

        HttpResponse<String> retried = pressPay(new Http(base), reference, hold.getString("token"));
        assertEquals(302, retried.statusCode(), "Stripe is back: the retry goes through");
    }

    private JsonObject hold(long session, int quantity, String email) {
        HttpResponse<String> response = new Http(base).post("api/v1/bookings", "{\"sessionId\":" + session
                + ",\"quantity\":" + quantity + ",\"buyer\":{\"name\":\"Stripe Buyer\",\"email\":\"" + email + "\"}}",
                Map.of("Content-Type", "application/json"));
        assertEquals(201, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Opens the booking page and presses "Continue to payment", as a browser without JavaScript would. */
    private static HttpResponse<String> pressPay(Http browser, String reference, String token) {
        return press("bookingPage:pay", browser, reference, token);
    }

    private static HttpResponse<String> press(String button, Http browser, String reference, String token) {
        String page = browser.get("booking/" + reference + "?t=" + token).body();
        assertTrue(page.contains("name=\"" + button + "\""), "the page offers " + button);
        return browser.postForm("booking/" + reference + "?t=" + token, Map.of(
                "bookingPage", "bookingPage",
                button, button,
                "jakarta.faces.ViewState", Http.viewState(page)));
    }

    private HttpResponse<String> deliver(String payload, Instant signedAt, String secret) throws Exception {
        long timestamp = signedAt.getEpochSecond();
        String signature = Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
        return new Http(base).post("api/webhooks/stripe", payload,
                Map.of("Content-Type", "application/json", "Stripe-Signature", "t=" + timestamp + ",v1=" + signature));
    }

    /** A checkout.session.completed event as Stripe sends it, for stripe-java's pinned API version. */
    private static String completedEvent(String checkoutId, String reference, String paymentStatus) {
        return event("evt_" + checkoutId + "_" + paymentStatus, "checkout.session.completed", checkoutId, reference,
                paymentStatus);
    }

    /** A Checkout Session event as Stripe sends it, for stripe-java's pinned API version. */
    static String event(String eventId, String type, String checkoutId, String reference, String paymentStatus) {
        String status = type.endsWith("expired") ? "expired" : "complete";
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"%s",
                 "data":{"object":{"id":"%s","object":"checkout.session","mode":"payment","status":"%s",
                   "payment_status":"%s","payment_intent":"pi_%s","client_reference_id":"%s",
                   "metadata":{"booking_reference":"%s"},"amount_total":6000,"currency":"eur","livemode":false}}}"""
                .formatted(eventId, Stripe.API_VERSION, Instant.now().getEpochSecond(), type, checkoutId, status,
                        paymentStatus, checkoutId, reference, reference);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    private static String state(String reference) throws Exception {
        return TestDb.queryString("select state from booking where reference = '" + reference + "'");
    }
}
