package org.atelier.interfaces.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientRatesTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    private ClientRates rates(int holdsPerHour) {
        ClientRates rates = new ClientRates() {
            @Override
            void readLimits() {
                // set below
            }
        };
        rates.clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        rates.limit(ClientRates.Kind.HOLD, holdsPerHour);
        return rates;
    }

    @Test
    void aBurstUpToTheLimitPassesThenTheNextWaitsForOneRefill() {
        ClientRates rates = rates(60);
        for (int i = 0; i < 60; i++) {
            assertEquals(Optional.empty(), rates.take(ClientRates.Kind.HOLD, "198.51.100.7"), "request " + i);
        }
        Optional<Duration> wait = rates.take(ClientRates.Kind.HOLD, "198.51.100.7");
        assertEquals(Optional.of(Duration.ofMinutes(1)), wait, "sixty an hour refill one a minute");
        assertEquals(Optional.empty(), rates.take(ClientRates.Kind.HOLD, "198.51.100.8"), "another address has its own");

        now = now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), rates.take(ClientRates.Kind.HOLD, "198.51.100.7"));
        assertTrue(rates.take(ClientRates.Kind.HOLD, "198.51.100.7").isPresent(), "one refilled, one taken");
    }

    @Test
    void aRefusedRequestTakesNothingAndZeroSwitchesTheLimitOff() {
        ClientRates rates = rates(1);
        assertEquals(Optional.empty(), rates.take(ClientRates.Kind.HOLD, "a"));
        for (int i = 0; i < 5; i++) {
            assertTrue(rates.take(ClientRates.Kind.HOLD, "a").isPresent());
        }
        now = now.plus(Duration.ofHours(1));
        assertEquals(Optional.empty(), rates.take(ClientRates.Kind.HOLD, "a"), "refused attempts did not dig deeper");

        ClientRates off = rates(0);
        for (int i = 0; i < 1000; i++) {
            assertEquals(Optional.empty(), off.take(ClientRates.Kind.HOLD, "a"));
        }
    }
}
