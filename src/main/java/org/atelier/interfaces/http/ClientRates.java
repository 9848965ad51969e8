package org.atelier.interfaces.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one network address may ask for things that cost us or someone else: seat holds
 * (seats nobody else can buy meanwhile), sign-ups and password resets (mails). Each address has
 * a bucket per kind that holds a limit's worth of requests and refills at that limit per hour, so
 * a burst is fine and a steady stream is slowed. The defaults are generous, because a venue's
 * shared Wi-Fi puts many honest buyers behind one address; 0 switches a limit off. Kept in memory,
 * per instance: each instance of a cluster allows the limit on its own.
 */
@ApplicationScoped
public class ClientRates {

    /** What is limited, with its setting and default per hour. */
    public enum Kind {
        HOLD("atelier.rate.holds-per-hour", 300),
        SIGN_UP("atelier.rate.sign-ups-per-hour", 30),
        PASSWORD_RESET("atelier.rate.password-resets-per-hour", 30);

        private final String setting;
        private final int perHourByDefault;

        Kind(String setting, int perHourByDefault) {
            this.setting = setting;
            this.perHourByDefault = perHourByDefault;
        }
    }

    private static final Duration HOUR = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private final Map<Kind, Integer> perHour = new EnumMap<>(Kind.class);
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Requests left (fractional while refilling) as of a moment. */
    private record Bucket(double left, Instant at) {

        Bucket refilled(int limit, Instant now) {
            double refill = limit * (double) Duration.between(at, now).toMillis() / HOUR.toMillis();
            return new Bucket(Math.min(limit, left + Math.max(0, refill)), now);
        }
    }

    @PostConstruct
    void readLimits() {
        for (Kind kind : Kind.values()) {
            limit(kind, config.getOptionalValue(kind.setting, Integer.class).orElse(kind.perHourByDefault));
        }
    }

    void limit(Kind kind, int requestsPerHour) {
        perHour.put(kind, requestsPerHour);
    }

    /**
     * Takes one request from the address's bucket; answers how long to wait when it is empty (and
     * then takes nothing).
     */
    public Optional<Duration> take(Kind kind, String clientAddress) {
        int limit = perHour.get(kind);
        if (limit <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (buckets.size() > MAX_TRACKED) {
            buckets.entrySet().removeIf(entry -> entry.getValue().at().plus(HOUR).isBefore(now));
        }
        Duration[] wait = {null};
        buckets.compute(kind + " " + clientAddress, (key, known) -> {
            Bucket bucket = known == null ? new Bucket(limit, now) : known.refilled(limit, now);
            if (bucket.left() >= 1) {
                return new Bucket(bucket.left() - 1, now);
            }
            wait[0] = Duration.ofMillis((long) Math.ceil((1 - bucket.left()) * HOUR.toMillis() / limit));
            return bucket;
        });
        return Optional.ofNullable(wait[0]);
    }
}
