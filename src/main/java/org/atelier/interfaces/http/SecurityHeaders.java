package org.atelier.interfaces.http;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer carries. No framing by other sites (no clicks stolen on our forms), no
 * guessing of content types, no address (with a booking's or a reset link's token) sent to other
 * sites, and a Content-Security-Policy. Pages get theirs from PrimeFaces, which adds a fresh nonce
 * for the scripts of each page to the policy in web.xml ({@code primefaces.CSP_POLICY}); every
 * other answer keeps the strict one set here, which lets nothing run. Answers that may carry a
 * private token, which is every dynamic one, are never stored by a browser or a proxy.
 */
final class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";
    private static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response, String path) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, NOTHING_RUNS);
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Styles, scripts and images, the same for everyone: these may be cached. */
    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
