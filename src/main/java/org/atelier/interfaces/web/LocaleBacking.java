package org.atelier.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The visitor's language: a {@code lang} in the address (what the language links add), else the
 * choice remembered in a cookie, else the browser's preference among English and Dutch. The
 * switch is a plain link to the same address with {@code lang} in its query, so it keeps the
 * friendly address and any token in it, works without a form, and needs no server session.
 */
@Named
@RequestScoped
public class LocaleBacking {

    static final String COOKIE = "atelier-lang";
    private static final Set<String> SUPPORTED = Set.of("en", "nl");
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = chosen(faces).map(Locale::forLanguageTag).orElseGet(() -> browsers(faces));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** This page's own address (as the visitor sees it, before any forward) in the other language. */
    public String switchTo(String language) {
        HttpServletRequest request = request(FacesContext.getCurrentInstance());
        String failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = failed != null ? failed : forwarded != null ? forwarded : request.getRequestURI();
        String query = failed != null ? null : forwarded != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("lang=")).collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }

    /** The language asked for in the address (and then remembered), or remembered from before. */
    private static Optional<String> chosen(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        String asked = external.getRequestParameterMap().get("lang");
        if (asked != null && SUPPORTED.contains(asked)) {
            external.addResponseCookie(COOKIE, asked, Map.of("maxAge", ONE_YEAR, "path", cookiePath(external),
                    "httpOnly", true, "SameSite", "Lax"));
            return Optional.of(asked);
        }
        Object remembered = external.getRequestCookieMap().get(COOKIE);
        return Optional.ofNullable(remembered instanceof Cookie cookie ? cookie.getValue() : null)
                .filter(SUPPORTED::contains);
    }

    private static Locale browsers(FacesContext faces) {
        Locale preferred = faces.getApplication().getViewHandler().calculateLocale(faces);
        return SUPPORTED.contains(preferred.getLanguage()) ? Locale.forLanguageTag(preferred.getLanguage()) : Locale.ENGLISH;
    }

    private static String cookiePath(ExternalContext external) {
        String context = external.getRequestContextPath();
        return context.isEmpty() ? "/" : context;
    }

    private static HttpServletRequest request(FacesContext faces) {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }
}
