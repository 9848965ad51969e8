package org.atelier.application.booking;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The private link to a booking: {@code /booking/{reference}?t={token}} where the token is an
 * HMAC of the reference under a server secret. Nothing is stored, so a copy of the database
 * opens no booking, and the e-mail sender can rebuild the link at any time.
 */
@ApplicationScoped
public class BookingAccess {

    private static final Logger LOG = Logger.getLogger(BookingAccess.class.getName());

    @Inject
    @ConfigProperty(name = "atelier.link-secret")
    Optional<String> configuredSecret;

    private Mac keyedMac;

    @PostConstruct
    void init() {
        byte[] secret;
        if (configuredSecret.isPresent() && configuredSecret.get().length() >= 32) {
            secret = configuredSecret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            LOG.warning("ATELIER_LINK_SECRET is not set (or shorter than 32 characters): booking links "
                    + "stop working when Atelier restarts. Set it to a long random value.");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        }
        try {
            keyedMac = Mac.getInstance("HmacSHA256");
            keyedMac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public String tokenFor(String reference) {
        return tokenFor("booking", reference);
    }

    /**
     * The token of another private link, {@code purpose} keeping the links of different things
     * apart (a waitlist place's token opens no booking). Every hold asks for one, so the keyed MAC
     * is set up once and copied per call (a Mac is not safe to share between threads; a copy of a
     * keyed one costs far less than a new one).
     */
    public String tokenFor(String purpose, String reference) {
        try {
            Mac mac = (Mac) keyedMac.clone();
            byte[] digest = mac.doFinal((purpose + ":" + reference).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be copied", e);
        }
    }

    public boolean permits(String reference, String token) {
        return permits("booking", reference, token);
    }

    /** Constant-time, so that the answer's timing does not reveal how much of a guess was right. */
    public boolean permits(String purpose, String reference, String token) {
        if (reference == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(purpose, reference).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
