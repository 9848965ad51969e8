package org.atelier.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after a few failed sign-ins for one address, or from one network address,
 * each next attempt must wait, twice as long each time (up to 15 minutes). A success clears the
 * account's count. Kept in memory: it guards one instance, and a restart forgives.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures allowed before waits begin: few per account, more per address, which people share. */
    static final int FREE_PER_ACCOUNT = 5;
    static final int FREE_PER_ADDRESS = 20;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    @Inject
    Clock clock;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last) {

        Instant nextAllowed(int freeAttempts) {
            if (count < freeAttempts) {
                return last;
            }
            long doublings = Math.min(count - freeAttempts, 10);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            return last.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
    }

    /** How long the caller must still wait before trying this account from this address; zero if not. */
    public Duration waitBeforeAttempt(String account, String address) {
        Instant now = clock.instant();
        Instant allowed = later(nextAllowed("account:" + account, FREE_PER_ACCOUNT, now),
                nextAllowed("address:" + address, FREE_PER_ADDRESS, now));
        return allowed.isAfter(now) ? Duration.between(now, allowed) : Duration.ZERO;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.entrySet().removeIf(entry -> entry.getValue().last().plus(FORGET_AFTER).isBefore(now));
        }
        record("account:" + account, now);
        record("address:" + address, now);
    }

    public void succeeded(String account) {
        failures.remove("account:" + account);
    }

    private void record(String key, Instant now) {
        failures.merge(key, new Failures(1, now), (old, one) -> old.last().plus(FORGET_AFTER).isBefore(now)
                ? one : new Failures(old.count() + 1, now));
    }

    private Instant nextAllowed(String key, int freeAttempts, Instant now) {
        Failures known = failures.get(key);
        if (known == null || known.last().plus(FORGET_AFTER).isBefore(now)) {
            return now;
        }
        return known.nextAllowed(freeAttempts);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
