package org.atelier.domain.model.workshop;

import org.atelier.domain.model.shared.BookingException;
import org.atelier.domain.model.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CancellationPolicyTest {

    private static final Instant START = Instant.parse("2026-12-12T13:00:00Z");
    private static final Money PAID = Money.of(6500, "EUR");

    @Test
    void theStandardPolicyGivesAllBackUntil48HoursHalfUntil24AndNothingAfter() {
        CancellationPolicy policy = CancellationPolicy.standard();
        assertEquals(6500, policy.refundOf(PAID, START, START.minus(Duration.ofDays(3))).amount());
        assertEquals(6500, policy.refundOf(PAID, START, START.minus(Duration.ofHours(48))).amount(), "at the deadline itself");
        assertEquals(3250, policy.refundOf(PAID, START, START.minus(Duration.ofHours(30))).amount());
        assertEquals(3250, policy.refundOf(PAID, START, START.minus(Duration.ofHours(24))).amount());
        assertEquals(0, policy.refundOf(PAID, START, START.minus(Duration.ofHours(12))).amount());
        assertEquals(0, policy.refundOf(PAID, START, START.plus(Duration.ofMinutes(1))).amount(), "once it has started");
        assertEquals(START.minus(Duration.ofHours(48)), policy.fullRefundUntil(START));
        assertEquals(START.minus(Duration.ofHours(24)), policy.partialRefundUntil(START));
        assertTrue(policy.hasPartialStep());
    }

    @Test
    void aCentThatDoesNotDivideStaysWithTheWorkspace() {
        CancellationPolicy third = CancellationPolicy.of(72, 24, 33);
        assertEquals(33, third.refundOf(Money.of(101, "EUR"), START, START.minus(Duration.ofHours(30))).amount());
    }

    @Test
    void refusesPoliciesThatGiveMoreBackLaterThanEarlierOrMakeNoSense() {
        assertEquals("workshop.policy.invalid", assertThrows(BookingException.class,
                () -> CancellationPolicy.of(24, 48, 50)).messageKey());
        assertThrows(BookingException.class, () -> CancellationPolicy.of(48, -1, 50));
        assertThrows(BookingException.class, () -> CancellationPolicy.of(48, 24, 101));
        assertThrows(BookingException.class, () -> CancellationPolicy.of(48, 24, -5));
        assertThrows(BookingException.class, () -> CancellationPolicy.of(24 * 91, 24, 50));
        assertFalse(CancellationPolicy.of(48, 48, 50).hasPartialStep(), "no time between the two deadlines");
    }
}
