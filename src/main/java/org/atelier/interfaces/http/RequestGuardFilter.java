package org.atelier.interfaces.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first thing every request meets (web.xml puts it first, before the forwards of friendly
 * addresses): headers for every answer, and a refusal, before any of our code reads it, of what
 * no honest client sends. Session ids in the address (cookies only), NUL and other control
 * characters in parameters (PostgreSQL refuses NUL; the others have no business in a query),
 * bodies over the limit, and methods our pages do not answer, which get the same "not found" as a
 * missing page, so no address (such as /admin) can be told apart by its answer to an odd method.
 * Redirects keep relative addresses relative, so none is ever built from a Host header.
 */
public class RequestGuardFilter extends HttpFilter {

    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    private static final Pattern SESSION_IN_PATH = Pattern.compile("(?i);jsessionid=[^/?]*");
    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private long maxBodyBytes;

    @Override
    public void init() {
        maxBodyBytes = ConfigProvider.getConfig().getOptionalValue("atelier.max-body-bytes", Long.class).orElse(1_048_576L);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            // An error page or a forward: the request was let in already; its page's CSP still replaces ours.
            chain.doFilter(request, new GuardedResponse(response));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        SecurityHeaders.apply(response, path);
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        if (request.isRequestedSessionIdFromURL() || SESSION_IN_PATH.matcher(request.getRequestURI()).find()) {
            // Sent to the same address without it, before any page is drawn with the session it names.
            String clean = SESSION_IN_PATH.matcher(request.getRequestURI()).replaceAll("");
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", clean + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return;
        }
        if (!api && !PAGE_METHODS.contains(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(response, api, 413, "The request body is larger than " + maxBodyBytes + " bytes.");
            return;
        }
        if (hasControlCharacters(request.getQueryString()) || !api && hasControlCharacters(request.getParameterMap())) {
            refuse(response, api, HttpServletResponse.SC_BAD_REQUEST, "The request holds control characters.");
            return;
        }
        chain.doFilter(request, new GuardedResponse(response));
    }

    /** NUL, as %00 or typed, and the other C0 controls in the raw query (tabs and line breaks included). */
    private static boolean hasControlCharacters(String query) {
        if (query == null) {
            return false;
        }
        String lower = query.toLowerCase(Locale.ROOT);
        return lower.contains("%00") || lower.matches("(?s).*%[01][0-9a-f].*|.*%7f.*") || query.chars().anyMatch(c -> c < 0x20);
    }

    /** NUL anywhere in a parameter; form fields may hold line breaks and tabs (a textarea), not other controls. */
    private static boolean hasControlCharacters(Map<String, String[]> parameters) {
        return parameters.entrySet().stream().anyMatch(entry -> !clean(entry.getKey())
                || Arrays.stream(entry.getValue()).anyMatch(value -> !clean(value)));
    }

    private static boolean clean(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c != 0x7f || c == '\n' || c == '\r' || c == '\t');
    }

    private static void refuse(HttpServletResponse response, boolean api, int status, String detail) throws IOException {
        if (!api) {
            response.sendError(status);
            return;
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://atelier.invalid/problems/bad-request\",\"title\":\"Bad request\","
                + "\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    /**
     * The servlet container turns a relative redirect into an absolute one with the Host header
     * the client sent, and a client can send any: relative addresses stay relative here, which
     * every browser resolves against the address it asked for. A page's own Content-Security-Policy
     * (PrimeFaces adds it with its nonce) replaces the strict one set for every answer.
     */
    private static final class GuardedResponse extends HttpServletResponseWrapper {

        GuardedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (ABSOLUTE.matcher(location).lookingAt()) {
                super.sendRedirect(location);
                return;
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
            flushBuffer();
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
