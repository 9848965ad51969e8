package org.atelier.infrastructure.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.application.PaymentEventService;
import org.atelier.domain.model.payment.DisputeReport;
import org.atelier.domain.model.payment.PaymentReport;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.TemporarilyUnavailableException;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Stripe webhook delivery: the signature is checked on the exact raw bytes first, then
 * the event is translated into a {@link PaymentReport} and applied once.
 */
@ApplicationScoped
public class StripeEvents {

    private static final long TOLERANCE_SECONDS = 300;
    private static final Set<String> PAID = Set.of("paid", "no_payment_required");
    private static final Set<String> REFUND_EVENTS = Set.of("refund.created", "refund.updated", "refund.failed",
            "charge.refund.updated");

    @Inject
    StripeSettings settings;

    @Inject
    PaymentEventService events;

    /** Verifies and parses; a missing, bad or stale signature or a malformed payload is refused. */
    public Event verify(String payload, String signatureHeader) {
        // Unconfigured is our fault, and Stripe retries a 503 for days: the events are not lost.
        String secret = settings.webhookSecret()
                .orElseThrow(() -> new TemporarilyUnavailableException("stripe.webhook.unconfigured"));
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new BookingException("stripe.signature.missing");
        }
        try {
            return Webhook.constructEvent(payload, signatureHeader, secret, TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            throw new BookingException("stripe.signature.invalid");
        } catch (RuntimeException e) {
            throw new BookingException("stripe.payload.malformed");
        }
    }

    /** Answers false for an event that had been applied before. */
    public boolean apply(Event event) {
        return events.apply(report(event));
    }

    static PaymentReport.Kind kindOf(String type, Session session) {
        return switch (type) {
            case "checkout.session.completed" -> PAID.contains(session.getPaymentStatus())
                    ? PaymentReport.Kind.PAID : PaymentReport.Kind.NOTED;
            case "checkout.session.async_payment_succeeded" -> PaymentReport.Kind.PAID;
            case "checkout.session.async_payment_failed" -> PaymentReport.Kind.FAILED;
            case "checkout.session.expired" -> PaymentReport.Kind.EXPIRED;
            default -> PaymentReport.Kind.NOTED;
        };
    }

    private static PaymentReport report(Event event) {
        if (REFUND_EVENTS.contains(event.getType())) {
            return refundReport(event);
        }
        if ("payment_intent.payment_failed".equals(event.getType())) {
            return failedIntentReport(event);
        }
        if (event.getType().startsWith("charge.dispute.")) {
            return disputeReport(event);
        }
        if ("charge.refunded".equals(event.getType())) {
            return chargeRefundedReport(event);
        }
        Optional<Session> session = session(event);
        if (session.isEmpty()) {
            return new PaymentReport(StripePaymentProvider.NAME, event.getId(), event.getType(), PaymentReport.Kind.NOTED,
                    null, null, Optional.empty(), Optional.empty(),
                java.time.Instant.ofEpochSecond(event.getCreated()));
        }
        Session checkout = session.get();
        String reference = checkout.getClientReferenceId() != null ? checkout.getClientReferenceId()
                : checkout.getMetadata() == null ? null : checkout.getMetadata().get("booking_reference");
        PaymentReport.Kind kind = kindOf(event.getType(), checkout);
        Optional<ReceivedPayment> payment = kind == PaymentReport.Kind.PAID
                ? Optional.of(new ReceivedPayment(StripePaymentProvider.NAME, checkout.getId(), checkout.getPaymentIntent(),
                Money.of(checkout.getAmountTotal() == null ? 0 : checkout.getAmountTotal(),
                        checkout.getCurrency().toUpperCase(Locale.ROOT))))
                : Optional.empty();
        return new PaymentReport(StripePaymentProvider.NAME, event.getId(), event.getType(), kind, reference,
                checkout.getId(), payment, Optional.empty(),
                java.time.Instant.ofEpochSecond(event.getCreated()));
    }

    /** The charge says how much of it is refunded in all; what we did not ask for was done at Stripe. */
    private static PaymentReport chargeRefundedReport(Event event) {
        com.stripe.model.Charge charge = event.getDataObjectDeserializer().getObject()
                .filter(com.stripe.model.Charge.class::isInstance).map(com.stripe.model.Charge.class::cast)
                .orElseThrow(() -> new BookingException("stripe.payload.version", event.getApiVersion()));
        ReceivedPayment refunded = new ReceivedPayment(StripePaymentProvider.NAME, null, charge.getPaymentIntent(),
                Money.of(charge.getAmountRefunded(), charge.getCurrency().toUpperCase(Locale.ROOT)));
        return new PaymentReport(StripePaymentProvider.NAME, event.getId(), event.getType(),
                PaymentReport.Kind.EXTERNAL_REFUND, null, charge.getId(), Optional.of(refunded), Optional.empty(),
                java.time.Instant.ofEpochSecond(event.getCreated()));
    }

    /** charge.dispute.created, .updated and .closed all carry the dispute as it stands. */
    private static PaymentReport disputeReport(Event event) {
        com.stripe.model.Dispute dispute = event.getDataObjectDeserializer().getObject()
                .filter(com.stripe.model.Dispute.class::isInstance).map(com.stripe.model.Dispute.class::cast)
                .orElseThrow(() -> new BookingException("stripe.payload.version", event.getApiVersion()));
        Optional<java.time.Instant> due = Optional.ofNullable(dispute.getEvidenceDetails())
                .map(com.stripe.model.Dispute.EvidenceDetails::getDueBy).map(java.time.Instant::ofEpochSecond);
        DisputeReport report = new DisputeReport(dispute.getId(), dispute.getPaymentIntent(),
                Money.of(dispute.getAmount(), dispute.getCurrency().toUpperCase(Locale.ROOT)), dispute.getReason(),
                dispute.getStatus(), due, "charge.dispute.closed".equals(event.getType())
                || "won".equals(dispute.getStatus()) || "lost".equals(dispute.getStatus()));
        return new PaymentReport(StripePaymentProvider.NAME, event.getId(), event.getType(), PaymentReport.Kind.DISPUTE,
                null, dispute.getId(), Optional.empty(), Optional.of(report),
                java.time.Instant.ofEpochSecond(event.getCreated()));
    }

    /** A declined card on the Checkout page; the visitor may still try another one there. */
    private static PaymentReport failedIntentReport(Event event) {
        com.stripe.model.PaymentIntent intent = event.getDataObjectDeserializer().getObject()
                .filter(com.stripe.model.PaymentIntent.class::isInstance).map(com.stripe.model.PaymentIntent.class::cast)
                .orElseThrow(() -> new BookingException("stripe.payload.version", event.getApiVersion()));
        String reference = intent.getMetadata() == null ? null : intent.getMetadata().get("booking_reference");
        return new PaymentReport(StripePaymentProvider.NAME, event.getId(), event.getType(),
                reference == null ? PaymentReport.Kind.NOTED : PaymentReport.Kind.FAILED, reference, null, Optional.empty(), Optional.empty(),
                java.time.Instant.ofEpochSecond(event.getCreated()));
    }

    /** Refund events carry the refund; its status says whether the money went back. */
    private static PaymentReport refundReport(Event event) {
        com.stripe.model.Refund refund = event.getDataObjectDeserializer().getObject()
                .filter(com.stripe.model.Refund.class::isInstance).map(com.stripe.model.Refund.class::cast)
                .orElseThrow(() -> new BookingException("stripe.payload.version", event.getApiVersion()));
        PaymentReport.Kind kind = switch (StripeRefunds.statusOf(refund.getStatus())) {
            case SUCCEEDED -> PaymentReport.Kind.REFUND_SUCCEEDED;
            case FAILED -> PaymentReport.Kind.REFUND_FAILED;
            default -> PaymentReport.Kind.NOTED;
        };
        return new PaymentReport(StripePaymentProvider.NAME, event.getId(), event.getType(), kind, null, refund.getId(),
                Optional.empty(), Optional.empty(),
                java.time.Instant.ofEpochSecond(event.getCreated()));
    }

    /** Checkout Session events carry the session; other events are recorded without acting on them yet. */
    private static Optional<Session> session(Event event) {
        if (!event.getType().startsWith("checkout.session.")) {
            return Optional.empty();
        }
        Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
        if (object.isEmpty()) {
            // The event was written for another API version than stripe-java's; see INTEGRATIONS.md.
            throw new BookingException("stripe.payload.version", event.getApiVersion());
        }
        return object.filter(Session.class::isInstance).map(Session.class::cast);
    }
}
