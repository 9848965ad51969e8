package org.atelier.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses a person can read and share: {@code /book/linocut-printing} shows the workshop page,
 * {@code /booking/K7MQ-4XT9?t=...} a booking, {@code /studio/portfolio-review} a service, {@code /sandbox/checkout/K7MQ-4XT9?t=...} the
 * sandbox's payment page. Each is forwarded to its Faces view with the path part as a parameter.
 */
public class FriendlyUrlFilter extends HttpFilter {

    private static final Pattern FRIENDLY = Pattern.compile("^/(book|booking|studio|sandbox/checkout)/([A-Za-z0-9-]{1,80})/?$");
    private static final Map<String, String> VIEWS = Map.of(
            "book", "/workshop.xhtml?slug=",
            "booking", "/booking.xhtml?reference=",
            "studio", "/service.xhtml?slug=",
            "sandbox/checkout", "/sandbox.xhtml?reference=");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher friendly = FRIENDLY.matcher(path);
        if (!friendly.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String target = VIEWS.get(friendly.group(1)) + URLEncoder.encode(friendly.group(2), StandardCharsets.UTF_8);
        request.getRequestDispatcher(target).forward(request, response);
    }
}
