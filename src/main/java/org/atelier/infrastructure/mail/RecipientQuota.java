package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How many of the mails that anyone can ask for by typing an address (sign-up, password reset)
 * one recipient gets in an hour, so that nobody can flood someone's inbox through Atelier. One
 * conditional upsert per mail in the caller's transaction counts across every instance; a mail
 * over the limit is quietly not sent, and the page answers as it always does, so the limit tells
 * nobody whether the address has an account.
 */
@ApplicationScoped
public class RecipientQuota {

    private static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext(unitName = "atelier")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "atelier.mails-per-recipient-per-hour", defaultValue = "5")
    int perHour;

    /** Counts one more mail to the address; false when the hour's mails are used up (then nothing is counted). */
    public boolean take(String recipient, Instant now) {
        if (perHour <= 0) {
            return true;
        }
        return em.createNativeQuery("""
                        insert into mail_quota as q (recipient, window_start, sent) values (?1, ?2, 1)
                        on conflict (recipient) do update
                        set window_start = case when q.window_start <= ?3 then ?2 else q.window_start end,
                            sent = case when q.window_start <= ?3 then 1 else q.sent + 1 end
                        where q.window_start <= ?3 or q.sent < ?4""")
                .setParameter(1, recipient)
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .setParameter(3, now.minus(WINDOW).atOffset(ZoneOffset.UTC))
                .setParameter(4, perHour)
                .executeUpdate() == 1;
    }
}
