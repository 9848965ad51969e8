package org.atelier.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.atelier.application.account.FirstAdminService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Prints the first admin's one-time setup link at start, while no admin has a password and
 * ATELIER_ADMIN_EMAIL names one. The link is meant for the operator's eyes, which is why it, and
 * nothing else secret, goes to the log.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdminStartup {

    private static final Logger LOG = Logger.getLogger(FirstAdminStartup.class.getName());

    @Inject
    @ConfigProperty(name = "atelier.admin-email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "atelier.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    FirstAdminService firstAdmin;

    @PostConstruct
    void offerSetupLink() {
        adminEmail.filter(email -> !email.isBlank())
                .flatMap(firstAdmin::setupToken)
                .ifPresent(token -> LOG.warning("No admin can sign in yet. Set the password of "
                        + adminEmail.get().strip() + " once at " + baseUrl + "/account/reset?token=" + token
                        + " (the link works once, for 7 days)."));
    }
}
