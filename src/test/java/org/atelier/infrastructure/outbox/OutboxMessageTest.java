package org.atelier.infrastructure.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void failuresBackOffExponentiallyUpToAnHour() {
        OutboxMessage message = new OutboxMessage(OutboxMessage.REFUND, 7, NOW);
        Duration first = Duration.ofSeconds(30);
        message.retryLater(NOW, "down", first);
        assertEquals(NOW.plusSeconds(30), message.nextAttemptAt());
        message.retryLater(NOW, "down", first);
        assertEquals(NOW.plusSeconds(60), message.nextAttemptAt());
        message.retryLater(NOW, "down", first);
        assertEquals(NOW.plusSeconds(120), message.nextAttemptAt());
        for (int i = 0; i < 20; i++) {
            message.retryLater(NOW, "down", first);
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), message.nextAttemptAt(), "never more than an hour apart");
        assertEquals(23, message.attempts());
    }
}
