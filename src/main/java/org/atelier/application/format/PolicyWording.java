package org.atelier.application.format;

import org.atelier.domain.model.workshop.CancellationPolicy;

import java.time.Instant;
import java.util.List;

/**
 * Which sentence tells a buyer the cancellation terms of one session, and with which deadlines,
 * so that the workshop page, the booking page and the confirmation mail say the same. Each
 * caller words the sentence in its own messages, under these keys with these arguments: the
 * deadlines as instants (to be shown in the reader's zone) and the partial share in percent.
 */
public final class PolicyWording {

    /** A message key and its arguments, instants among them. */
    public record Sentence(String key, List<Object> arguments) {
    }

    private PolicyWording() {
    }

    public static Sentence of(CancellationPolicy policy, Instant start, boolean free) {
        if (free) {
            return new Sentence("policy.free", List.of());
        }
        if (policy.hasPartialStep()) {
            return new Sentence("policy.fullThenPartial", List.of(policy.fullRefundUntil(start),
                    policy.partialRefundUntil(start), policy.partialRefundPercent()));
        }
        if (policy.partialRefundPercent() == 100 && policy.partialRefundHours() < policy.fullRefundHours()) {
            return new Sentence("policy.fullOnly", List.of(policy.partialRefundUntil(start)));
        }
        return new Sentence("policy.fullOnly", List.of(policy.fullRefundUntil(start)));
    }
}
