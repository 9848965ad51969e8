package org.atelier.infrastructure.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.domain.model.payment.DisputeReport;
import org.atelier.domain.model.payment.PaymentReport;
import org.atelier.domain.model.payment.ProviderEvents;
import org.atelier.domain.model.payment.ReceivedPayment;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.atelier.domain.model.shared.TemporarilyUnavailableException;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Stripe webhook delivery: the signature is checked on the exact raw bytes first, then
 * the event is translated into a {@link PaymentReport}, which the application applies once.
 */
@ApplicationScoped
public class StripeEvents implements ProviderEvents {

    private static final long TOLERANCE_SECONDS = 300;
    private static final Set<String> REFUND_EVENTS = Set.of("refund.created", "refund.updated", "refund.failed",
            "charge.refund.updated");

    @Inject
    StripeSettings settings;

    @Override
    public PaymentReport read(String payload, String signature) {
        return report(verify(payload, signature));
    }

    /** Verifies and parses; a missing, bad or stale signature or a malformed payload is refused. */
    Event verify(String payload, String signatureHeader) {
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

    static PaymentReport.Kind kindOf(String type, Session session) {
        return switch (type) {
            case "checkout.session.completed" -> StripeCheckoutLookup.isPaid(session)
                    ? PaymentReport.Kind.PAID : PaymentReport.Kind.NOTED;
            case "checkout.session.async_payment_succeeded" -> PaymentReport.Kind.PAID;
            case "checkout.session.async_payment_failed" -> PaymentReport.Kind.FAILED;
            case "checkout.session.expired" -> PaymentReport.Kind.EXPIRED;
            default -> PaymentReport.Kind.NOTED;
        };
    }

    private static PaymentReport report(Event event) {
        String type = event.getType();
        if (REFUND_EVENTS.contains(type)) {
            return refundReport(event);
        }
        if ("payment_intent.payment_failed".equals(type)) {
            return failedIntentReport(event);
        }
        if (type.startsWith("charge.dispute.")) {
            return disputeReport(event);
        }
        if ("charge.refunded".equals(type)) {
            return chargeRefundedReport(event);
        }
        if (type.startsWith("checkout.session.")) {
            return checkoutReport(event);
        }
        return report(event, PaymentReport.Kind.NOTED, null, null, Optional.empty(), Optional.empty());
    }

    private static PaymentReport checkoutReport(Event event) {
        Session checkout = dataObject(event, Session.class);
        String reference = checkout.getClientReferenceId() != null ? checkout.getClientReferenceId()
                : checkout.getMetadata() == null ? null : checkout.getMetadata().get("booking_reference");
        PaymentReport.Kind kind = kindOf(event.getType(), checkout);
        Optional<ReceivedPayment> payment = kind == PaymentReport.Kind.PAID
                ? Optional.of(StripeCheckoutLookup.receivedPayment(checkout)) : Optional.empty();
        return report(event, kind, reference, checkout.getId(), payment, Optional.empty());
    }

    /** The charge says how much of it is refunded in all; what we did not ask for was done at Stripe. */
    private static PaymentReport chargeRefundedReport(Event event) {
        Charge charge = dataObject(event, Charge.class);
        ReceivedPayment refunded = new ReceivedPayment(StripePaymentProvider.NAME, null, charge.getPaymentIntent(),
                money(charge.getAmountRefunded(), charge.getCurrency()));
        return report(event, PaymentReport.Kind.EXTERNAL_REFUND, null, charge.getId(), Optional.of(refunded),
                Optional.empty());
    }

    /** charge.dispute.created, .updated and .closed all carry the dispute as it stands. */
    private static PaymentReport disputeReport(Event event) {
        Dispute dispute = dataObject(event, Dispute.class);
        Optional<Instant> due = Optional.ofNullable(dispute.getEvidenceDetails())
                .map(Dispute.EvidenceDetails::getDueBy).map(Instant::ofEpochSecond);
        boolean closed = "charge.dispute.closed".equals(event.getType())
                || "won".equals(dispute.getStatus()) || "lost".equals(dispute.getStatus());
        DisputeReport report = new DisputeReport(dispute.getId(), dispute.getPaymentIntent(),
                money(dispute.getAmount(), dispute.getCurrency()), dispute.getReason(), dispute.getStatus(), due, closed);
        return report(event, PaymentReport.Kind.DISPUTE, null, dispute.getId(), Optional.empty(), Optional.of(report));
    }

    /** A declined card on the Checkout page; the visitor may still try another one there. */
    private static PaymentReport failedIntentReport(Event event) {
        PaymentIntent intent = dataObject(event, PaymentIntent.class);
        String reference = intent.getMetadata() == null ? null : intent.getMetadata().get("booking_reference");
        return report(event, reference == null ? PaymentReport.Kind.NOTED : PaymentReport.Kind.FAILED, reference, null,
                Optional.empty(), Optional.empty());
    }

    /** Refund events carry the refund; its status says whether the money went back. */
    private static PaymentReport refundReport(Event event) {
        Refund refund = dataObject(event, Refund.class);
        PaymentReport.Kind kind = switch (StripeRefunds.statusOf(refund.getStatus())) {
            case SUCCEEDED -> PaymentReport.Kind.REFUND_SUCCEEDED;
            case FAILED -> PaymentReport.Kind.REFUND_FAILED;
            default -> PaymentReport.Kind.NOTED;
        };
        return report(event, kind, null, refund.getId(), Optional.empty(), Optional.empty());
    }

    private static PaymentReport report(Event event, PaymentReport.Kind kind, String reference, String objectId,
                                        Optional<ReceivedPayment> payment, Optional<DisputeReport> dispute) {
        return new PaymentReport(StripePaymentProvider.NAME, event.getId(), event.getType(), kind, reference, objectId,
                payment, dispute, Instant.ofEpochSecond(event.getCreated()));
    }

    /**
     * The object an event carries. stripe-java gives none for an event written for another API
     * version than its own {@code Stripe.API_VERSION}: such an event is refused, so that it is not
     * recorded as applied, and Stripe delivers it again once the versions agree.
     */
    private static <T extends StripeObject> T dataObject(Event event, Class<T> type) {
        return event.getDataObjectDeserializer().getObject().filter(type::isInstance).map(type::cast)
                .orElseThrow(() -> new BookingException("stripe.payload.version", event.getApiVersion()));
    }

    static Money money(long minorUnits, String stripeCurrency) {
        return Money.of(minorUnits, stripeCurrency.toUpperCase(Locale.ROOT));
    }
}
