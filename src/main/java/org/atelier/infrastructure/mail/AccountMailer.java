package org.atelier.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.atelier.application.format.Formats;
import org.atelier.application.port.AccountMails;
import org.atelier.domain.model.account.Account;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Mails about an account: the link that verifies the address, the link that resets the
 * password, and a note when someone signs up with an address that already has an account. Sent
 * while the caller's transaction is open: if the mail cannot go, the link is not kept either.
 */
@ApplicationScoped
public class AccountMailer implements AccountMails {

    private static final Logger LOG = Logger.getLogger(AccountMailer.class.getName());

    @Inject
    MailComposer composer;

    @Inject
    RecipientQuota quota;

    @Inject
    Clock clock;

    @Override
    public void verification(Account account, String token) {
        send(account, "account.verify", composer.baseUrl() + "/account/verify?token=" + token);
    }

    @Override
    public void passwordReset(Account account, String token) {
        send(account, "account.reset", composer.baseUrl() + "/account/reset?token=" + token);
    }

    @Override
    public void alreadyRegistered(Account account) {
        send(account, "account.exists", composer.baseUrl() + "/account/forgot");
    }

    private void send(Account account, String key, String link) {
        if (!quota.take(account.email(), clock.instant())) {
            LOG.info(() -> "Not sending the " + key + " mail of account " + account.id() + ": its hourly limit is reached");
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("org.atelier.infrastructure.mail.mail",
                Formats.locale(account.language()));
        String text = MessageFormat.format(texts.getString(key + ".text"), account.displayName(), link);
        try {
            MimeMessage message = composer.message(new InternetAddress(account.email(), account.displayName(),
                    StandardCharsets.UTF_8.name()), account.language(), texts.getString(key + ".subject"), text, link);
            // Named by account and kind only: the token stays out of file names and logs.
            composer.send(message, key.replace('.', '-') + "-" + account.id() + "-" + System.nanoTime());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot compose the " + key + " mail of account " + account.id(), e);
        }
    }
}
