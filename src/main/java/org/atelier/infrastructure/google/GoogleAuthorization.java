package org.atelier.infrastructure.google;

import com.google.api.client.auth.oauth2.AuthorizationCodeRequestUrl;
import com.google.api.client.auth.oauth2.AuthorizationCodeTokenRequest;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.RefreshTokenRequest;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.atelier.application.calendar.CalendarAccess;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Google's OAuth 2.0 for web server apps with PKCE: the consent address, the code exchanged for
 * a refresh token, refresh tokens turned into access tokens, and revocation. Tokens never reach
 * the log; Google's error codes do.
 */
@ApplicationScoped
public class GoogleAuthorization implements CalendarAccess {

    private static final Logger LOG = Logger.getLogger(GoogleAuthorization.class.getName());

    /** Enough to add and remove our own events and to see when the host is busy; not to read events. */
    static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/calendar.events",
            "https://www.googleapis.com/auth/calendar.freebusy");

    @Inject
    GoogleSettings settings;

    @Inject
    TokenCipher cipher;

    private final HttpTransport transport = new NetHttpTransport();

    @Override
    public boolean isAvailable() {
        return settings.isConfigured() && cipher.isConfigured();
    }

    @Override
    public String consentAddress(String redirectUri, String state, String codeChallenge) {
        AuthorizationCodeRequestUrl url = new AuthorizationCodeRequestUrl(settings.authUrl(), settings.clientId())
                .setRedirectUri(redirectUri)
                .setScopes(SCOPES)
                .setState(state);
        // offline: a refresh token; consent: a new one even when the host connected before.
        url.set("access_type", "offline");
        url.set("prompt", "consent");
        url.set("include_granted_scopes", "true");
        url.set("code_challenge", codeChallenge);
        url.set("code_challenge_method", "S256");
        return url.build();
    }

    @Override
    public String refreshTokenFor(String code, String codeVerifier, String redirectUri) throws Refused {
        try {
            TokenResponse answer = new AuthorizationCodeTokenRequest(transport, GsonFactory.getDefaultInstance(),
                    new GenericUrl(settings.tokenUrl()), code)
                    .setRedirectUri(redirectUri)
                    .setClientAuthentication(client())
                    .set("code_verifier", codeVerifier)
                    .execute();
            if (answer.getRefreshToken() == null) {
                throw new Refused("no_refresh_token");
            }
            return answer.getRefreshToken();
        } catch (TokenResponseException e) {
            throw new Refused(errorOf(e));
        } catch (IOException e) {
            throw new IllegalStateException("Google's token endpoint did not answer", e);
        }
    }

    @Override
    public String accessToken(String refreshToken) throws Refused {
        try {
            return new RefreshTokenRequest(transport, GsonFactory.getDefaultInstance(),
                    new GenericUrl(settings.tokenUrl()), refreshToken)
                    .setClientAuthentication(client())
                    .execute()
                    .getAccessToken();
        } catch (TokenResponseException e) {
            if ("invalid_grant".equals(errorOf(e))) {
                throw new Refused("invalid_grant");
            }
            throw new IllegalStateException("Google's token endpoint answered " + e.getStatusCode() + " " + errorOf(e));
        } catch (IOException e) {
            throw new IllegalStateException("Google's token endpoint did not answer", e);
        }
    }

    @Override
    public void revoke(String token) {
        try {
            transport.createRequestFactory()
                    .buildPostRequest(new GenericUrl(settings.revokeUrl()), new UrlEncodedContent(Map.of("token", token)))
                    .execute()
                    .disconnect();
        } catch (IOException e) {
            // The token is deleted here either way; Google drops unused ones after six months.
            LOG.log(Level.WARNING, "Google did not confirm the revocation of a calendar token: {0}", e.getClass().getSimpleName());
        }
    }

    private ClientParametersAuthentication client() {
        return new ClientParametersAuthentication(settings.clientId(), settings.clientSecret());
    }

    private static String errorOf(TokenResponseException e) {
        return e.getDetails() == null ? "http_" + e.getStatusCode() : e.getDetails().getError();
    }
}
