package org.atelier.infrastructure.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.application.PaymentOutcomeService;
import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.NotFoundException;
import org.atelier.domain.model.shared.TemporarilyUnavailableException;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads a Stripe webhook delivery: the signature is checked on the exact raw bytes first, then
 * the event is applied. A paid Checkout Session confirms its booking.
 */
@ApplicationScoped
public class StripeEvents {

    private static final Logger LOG = Logger.getLogger(StripeEvents.class.getName());
    private static final long TOLERANCE_SECONDS = 300;
    private static final Set<String> PAID = Set.of("paid", "no_payment_required");

    @Inject
    StripeSettings settings;

    @Inject
    PaymentOutcomeService outcomes;

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

    public void apply(Event event) {
        if ("checkout.session.completed".equals(event.getType())) {
            session(event).filter(session -> PAID.contains(session.getPaymentStatus()))
                    .ifPresent(session -> paid(event, session));
        } else {
            LOG.fine(() -> "Stripe event " + event.getType() + " needs no action");
        }
    }

    /** A session that is not one of our bookings (another integration on the account) is left alone. */
    private void paid(Event event, Session session) {
        try {
            outcomes.paid(session.getClientReferenceId());
        } catch (NotFoundException e) {
            LOG.warning(() -> "Stripe event " + event.getId() + " pays " + session.getId() + ", which is no booking of ours");
        }
    }

    private static Optional<Session> session(Event event) {
        Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
        if (object.isEmpty()) {
            // The event was written for another API version than stripe-java's; see INTEGRATIONS.md.
            throw new BookingException("stripe.payload.version", event.getApiVersion());
        }
        return object.filter(Session.class::isInstance).map(Session.class::cast);
    }
}
