package org.atelier.infrastructure.google;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Google's OAuth client and addresses: GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (hosts can connect
 * their calendars when both are set, with ATELIER_CALENDAR_KEY), and the endpoints, which tests
 * point at a local fake. The secret is never logged.
 */
@ApplicationScoped
public class GoogleSettings {

    @Inject
    @ConfigProperty(name = "google.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "google.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "google.auth-url", defaultValue = "https://accounts.google.com/o/oauth2/v2/auth")
    String authUrl;

    @Inject
    @ConfigProperty(name = "google.token-url", defaultValue = "https://oauth2.googleapis.com/token")
    String tokenUrl;

    @Inject
    @ConfigProperty(name = "google.revoke-url", defaultValue = "https://oauth2.googleapis.com/revoke")
    String revokeUrl;

    @Inject
    @ConfigProperty(name = "google.api-root", defaultValue = "https://www.googleapis.com/")
    String apiRoot;

    public boolean isConfigured() {
        return clientId.filter(id -> !id.isBlank()).isPresent() && clientSecret.filter(s -> !s.isBlank()).isPresent();
    }

    String clientId() {
        return clientId.orElseThrow();
    }

    String clientSecret() {
        return clientSecret.orElseThrow();
    }

    String authUrl() {
        return authUrl;
    }

    String tokenUrl() {
        return tokenUrl;
    }

    String revokeUrl() {
        return revokeUrl;
    }

    /** The Calendar API's root, with the trailing slash the client library expects. */
    String apiRoot() {
        return apiRoot.endsWith("/") ? apiRoot : apiRoot + "/";
    }
}
