package org.atelier.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Hands finished messages to the SMTP server from configuration; with none configured (the
 * embedded default) it writes each one as an .eml file into a folder instead.
 */
@ApplicationScoped
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    @Inject
    @ConfigProperty(name = "atelier.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "atelier.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "atelier.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "atelier.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "atelier.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "atelier.mail.dir")
    Optional<String> mailDir;

    private Session session;

    @PostConstruct
    void init() {
        Properties properties = new Properties();
        host.ifPresent(h -> properties.put("mail.smtp.host", h));
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        Authenticator authenticator = null;
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    public Session session() {
        return session;
    }

    public void send(MimeMessage message, String name) {
        try {
            if (host.isPresent()) {
                Transport.send(message);
            } else {
                writeToFolder(message, name);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Mail " + name + " not sent: " + e.getMessage(), e);
        }
    }

    private void writeToFolder(MimeMessage message, String name) throws IOException, MessagingException {
        Path folder = Path.of(mailDir.orElse(System.getProperty("java.io.tmpdir") + "/atelier-mail"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        LOG.info(() -> "No SMTP server configured (ATELIER_SMTP_HOST); mail written to " + file);
    }
}
