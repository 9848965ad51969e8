package org.atelier.application.calendar;

/** A calendar provider's authorization (OAuth 2.0 with PKCE), as the calendar use cases need it. */
public interface CalendarAccess {

    /** Whether hosts can connect at all: the client and the token key are configured. */
    boolean isAvailable();

    /** Where to send the host to grant access; the provider returns to {@code redirectUri} with a code. */
    String consentAddress(String redirectUri, String state, String codeChallenge);

    /** The long-lived refresh token the consent's code stands for. */
    String refreshTokenFor(String code, String codeVerifier, String redirectUri) throws Refused;

    /** A short-lived access token; {@link Refused} when the refresh token is revoked or expired for good. */
    String accessToken(String refreshToken) throws Refused;

    /** Best effort: the provider forgets the grant. */
    void revoke(String token);

    /** The provider refused for good (its OAuth error code, e.g. invalid_grant); retrying will not help. */
    class Refused extends Exception {

        public Refused(String error) {
            super(error);
        }
    }
}
