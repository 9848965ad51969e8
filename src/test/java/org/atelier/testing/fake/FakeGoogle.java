package org.atelier.testing.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.atelier.testing.db.Accounts;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A stateful stand-in for Google's OAuth 2.0 endpoints and the Calendar v3 API on loopback, speaking Google's wire
 * format: a consent page with Allow and Deny, PKCE-checked code exchange, refresh and revocation, and a calendar that
 * stores events and answers free/busy from intervals tests set. One calendar store serves every account: event ids
 * are the bookings' own, so tests never share one.
 */
public class FakeGoogle implements LauncherSessionListener {

    public static final String PORT = "atelier.test.google.port";
    public static final String CLIENT_ID = "atelier-test-client.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "atelier-test-google-secret";
    /** What Google reports as granted, whatever was asked: the user ticks both boxes. */
    public static final String SCOPE =
            "https://www.googleapis.com/auth/calendar.events https://www.googleapis.com/auth/calendar.freebusy";

    private static final String JSON = "application/json; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String UNAUTHENTICATED = """
            {"error":{"code":401,"message":"Request had invalid authentication credentials.","errors":[{"message":\
            "Invalid Credentials","domain":"global","reason":"authError"}],"status":"UNAUTHENTICATED"}}""";
    private static final DateTimeFormatter RFC3339 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** A code issued on the consent page; Google takes each one once, and only with its PKCE verifier. */
    private record Grant(String challenge, String redirectUri, String clientId, boolean offline, AtomicBoolean used) { }

    private record Interval(Instant start, Instant end) { }
    private record Answer(int status, String body) { }

    private static HttpServer server;
    private static final Map<String, Grant> CODES = new ConcurrentHashMap<>();
    private static final List<String> REFRESH_TOKENS = new CopyOnWriteArrayList<>();
    /** Access token to the refresh token it belongs to ("" if none): revoking the grant kills its access tokens. */
    private static final Map<String, String> ACCESS_TOKENS = new ConcurrentHashMap<>();
    private static final Set<String> REVOKED = ConcurrentHashMap.newKeySet();
    private static final Map<String, Map<String, JsonObject>> CALENDARS = new ConcurrentHashMap<>();
    private static final Map<String, List<Interval>> BUSY = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("atelier.it") || server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            // The browser, the app's token refresh and its calendar calls may all be in flight at once.
            server.setExecutor(Executors.newFixedThreadPool(8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/o/oauth2/v2/auth", guarded(FakeGoogle::consent));
        server.createContext("/token", guarded(FakeGoogle::token));
        server.createContext("/revoke", guarded(FakeGoogle::revoke));
        server.createContext("/calendar/v3/", guarded(FakeGoogle::calendar));
        server.start();
        System.setProperty(PORT, Integer.toString(server.getAddress().getPort()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The stored event, a deleted one included (with status "cancelled", as Google keeps it). */
    public static Optional<JsonObject> event(String calendarId, String eventId) {
        return Optional.ofNullable(CALENDARS.getOrDefault(calendarId, Map.of()).get(eventId));
    }

    /** The calendar's owner is busy then, as free/busy will report. */
    public static void busy(String calendarId, Instant start, Instant end) {
        BUSY.computeIfAbsent(calendarId, id -> new CopyOnWriteArrayList<>()).add(new Interval(start, end));
    }

    /** The user removes Atelier's access in their Google account: every token stops working. */
    public static void revokeAll() {
        REVOKED.addAll(REFRESH_TOKENS);
        REVOKED.addAll(ACCESS_TOKENS.keySet());
    }

    public static boolean isRevoked(String refreshToken) {
        return REVOKED.contains(refreshToken);
    }

    public static List<String> refreshTokensIssued() {
        return List.copyOf(REFRESH_TOKENS);
    }

    /** The consent page: Allow returns a fresh code to the app, Deny returns access_denied, both with the state. */
    private static void consent(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id")) || redirectUri == null || !"code".equals(query.get("response_type"))
                || query.get("code_challenge") == null || !"S256".equals(query.get("code_challenge_method"))) {
            respond(exchange, 400, TEXT, "Error 400: invalid_request");
            return;
        }
        String code = "4/fake-" + SEQUENCE.incrementAndGet();
        CODES.put(code, new Grant(query.get("code_challenge"), redirectUri, CLIENT_ID,
                "offline".equals(query.get("access_type")), new AtomicBoolean()));
        String back = redirectUri + (redirectUri.contains("?") ? "&" : "?");
        String state = query.get("state") == null ? "" : "&state=" + encode(query.get("state"));
        respond(exchange, 200, "text/html; charset=utf-8", """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Sign in - Google Accounts</title></head>
                <body><main><h1>Sign in with Google</h1>
                <p>Atelier wants to see when you are busy and add bookings to your calendar.</p>
                <p><a href="%s">Allow</a> <a href="%s">Deny</a></p></main></body></html>
                """.formatted(escape(back + "code=" + encode(code) + state),
                escape(back + "error=access_denied" + state)));
    }

    /** The token endpoint: authorization_code (with PKCE) and refresh_token grants, client authenticated either way. */
    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(body(exchange));
        if (!clientAuthenticated(exchange, form)) {
            respond(exchange, 401, JSON,
                    "{\"error\":\"invalid_client\",\"error_description\":\"The OAuth client was not found.\"}");
            return;
        }
        switch (form.getOrDefault("grant_type", "")) {
            case "authorization_code" -> exchangeCode(exchange, form);
            case "refresh_token" -> refresh(exchange, form);
            default -> respond(exchange, 400, JSON, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    /** Form fields or HTTP Basic (form-encoded parts, as RFC 6749 says): Google accepts both. */
    private static boolean clientAuthenticated(HttpExchange exchange, Map<String, String> form) {
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8).split(":", 2);
                id = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
                secret = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return false;
            }
        }
        return CLIENT_ID.equals(id) && CLIENT_SECRET.equals(secret);
    }

    private static void exchangeCode(HttpExchange exchange, Map<String, String> form) throws IOException {
        Grant grant = CODES.get(form.getOrDefault("code", ""));
        String verifier = form.get("code_verifier");
        if (grant == null || !grant.redirectUri().equals(form.get("redirect_uri")) || verifier == null
                || !grant.challenge().equals(s256(verifier)) || !grant.used().compareAndSet(false, true)) {
            respond(exchange, 400, JSON, "{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}");
            return;
        }
        int n = SEQUENCE.incrementAndGet();
        // Like Google, a refresh token only for offline access.
        String refreshToken = grant.offline() ? "1//fake-refresh-" + n : null;
        if (refreshToken != null) {
            REFRESH_TOKENS.add(refreshToken);
        }
        respond(exchange, 200, JSON, tokens("ya29.fake-" + n, refreshToken, refreshToken));
    }

    private static void refresh(HttpExchange exchange, Map<String, String> form) throws IOException {
        String refreshToken = form.getOrDefault("refresh_token", "");
        if (!REFRESH_TOKENS.contains(refreshToken) || REVOKED.contains(refreshToken)) {
            respond(exchange, 400, JSON,
                    "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}");
            return;
        }
        respond(exchange, 200, JSON, tokens("ya29.fake-" + SEQUENCE.incrementAndGet(), refreshToken, null));
    }

    /** Issues the access token under its grant; a refresh token is shown only when newly granted, as at Google. */
    private static String tokens(String accessToken, String grant, String newRefreshToken) {
        ACCESS_TOKENS.put(accessToken, grant == null ? "" : grant);
        JsonObjectBuilder answer = Json.createObjectBuilder().add("access_token", accessToken).add("expires_in", 3599);
        if (newRefreshToken != null) {
            answer.add("refresh_token", newRefreshToken);
        }
        return answer.add("scope", SCOPE).add("token_type", "Bearer").build().toString();
    }

    /** Revoking either token of a grant revokes the grant, as at Google. */
    private static void revoke(HttpExchange exchange) throws IOException {
        Map<String, String> params = form(exchange.getRequestURI().getRawQuery());
        params.putAll(form(body(exchange)));
        String token = params.getOrDefault("token", "");
        if ((!REFRESH_TOKENS.contains(token) && !ACCESS_TOKENS.containsKey(token)) || REVOKED.contains(token)) {
            respond(exchange, 400, JSON, "{\"error\":\"invalid_token\",\"error_description\":\"Bad Request\"}");
            return;
        }
        REVOKED.add(token);
        String grant = ACCESS_TOKENS.getOrDefault(token, "");
        if (!grant.isEmpty()) {
            REVOKED.add(grant);
        }
        respond(exchange, 200, JSON, "{}");
    }

    private static boolean authorized(String accessToken) {
        String grant = ACCESS_TOKENS.get(accessToken);
        return grant != null && !REVOKED.contains(accessToken) && !REVOKED.contains(grant);
    }

    /** Routes /calendar/v3/...: events.insert/get/update/patch/delete and freebusy.query. */
    private static void calendar(HttpExchange exchange) throws IOException {
        String body = body(exchange);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : "";
        if (!authorized(token)) {
            exchange.getResponseHeaders().set("WWW-Authenticate",
                    "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
            respond(exchange, 401, JSON, UNAUTHENTICATED);
            return;
        }
        JsonObject input;
        try {
            input = body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            respond(exchange, 400, JSON, error(400, "Parse Error", "parseError"));
            return;
        }
        // NetHttpTransport cannot send PATCH, so the Google client tunnels it through POST.
        String override = exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override");
        String method = override != null && "POST".equals(exchange.getRequestMethod())
                ? override.toUpperCase(Locale.ROOT) : exchange.getRequestMethod();
        String[] path = exchange.getRequestURI().getRawPath().split("/");
        for (int i = 0; i < path.length; i++) {
            path[i] = URLDecoder.decode(path[i].replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        Answer answer;
        if (path.length == 4 && "freeBusy".equals(path[3]) && "POST".equals(method)) {
            answer = freeBusy(input);
        } else if (path.length >= 6 && "calendars".equals(path[3]) && "events".equals(path[5])) {
            Map<String, JsonObject> calendar = CALENDARS.computeIfAbsent(path[4], id -> new ConcurrentHashMap<>());
            synchronized (calendar) {
                answer = path.length == 6 && "POST".equals(method) ? insert(calendar, path[4], input)
                        : path.length == 7 ? existing(calendar, method, path[6], input)
                        : new Answer(404, error(404, "Not Found", "notFound"));
            }
        } else {
            answer = new Answer(404, error(404, "Not Found", "notFound"));
        }
        respond(exchange, answer.status(), JSON, answer.body());
    }

    /** events.insert: a client-chosen id must be base32hex and unused, as Google demands. */
    private static Answer insert(Map<String, JsonObject> calendar, String calendarId, JsonObject input) {
        String id = input.getString("id", null);
        if (id != null && !id.matches("[a-v0-9]{5,1024}")) {
            return new Answer(400, error(400, "Invalid resource id value.", "invalid"));
        }
        if (id == null) {
            id = "fakeevent" + SEQUENCE.incrementAndGet();
        }
        JsonObject existing = calendar.get(id);
        if (existing != null && !cancelled(existing)) {
            return new Answer(409, error(409, "The requested identifier already exists.", "duplicate"));
        }
        String now = RFC3339.format(Instant.now());
        String link = "https://www.google.com/calendar/event?eid=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + " " + calendarId).getBytes(StandardCharsets.UTF_8));
        JsonObject event = Json.createObjectBuilder(input).add("kind", "calendar#event").add("id", id)
                .add("status", input.getString("status", "confirmed")).add("htmlLink", link)
                .add("created", now).add("updated", now).build();
        calendar.put(id, event);
        return new Answer(200, event.toString());
    }

    /** events.get, .update (replaces), .patch (merges top-level fields) and .delete (keeps it, cancelled). */
    private static Answer existing(Map<String, JsonObject> calendar, String method, String eventId, JsonObject input) {
        JsonObject event = calendar.get(eventId);
        if (event == null) {
            return new Answer(404, error(404, "Not Found", "notFound"));
        }
        String now = RFC3339.format(Instant.now());
        JsonObject changed;
        switch (method) {
            case "GET" -> {
                return new Answer(200, event.toString());
            }
            case "DELETE" -> {
                if (cancelled(event)) {
                    return new Answer(410, error(410, "Resource has been deleted", "deleted"));
                }
                changed = Json.createObjectBuilder(event).add("status", "cancelled").add("updated", now).build();
            }
            case "PUT", "PATCH" -> {
                JsonObjectBuilder builder = Json.createObjectBuilder("PUT".equals(method) ? input : event);
                if ("PATCH".equals(method)) {
                    for (Map.Entry<String, JsonValue> field : input.entrySet()) {
                        builder.add(field.getKey(), field.getValue());
                    }
                }
                changed = builder.add("kind", "calendar#event").add("id", eventId)
                        .add("status", input.getString("status", event.getString("status", "confirmed")))
                        .add("htmlLink", event.getString("htmlLink")).add("created", event.getString("created"))
                        .add("updated", now).build();
            }
            default -> {
                return new Answer(405, error(405, "Method Not Allowed", "httpMethodNotAllowed"));
            }
        }
        calendar.put(eventId, changed);
        return "DELETE".equals(method) ? new Answer(204, null) : new Answer(200, changed.toString());
    }

    /** freebusy.query: the intervals tests set that overlap [timeMin, timeMax), in UTC. */
    private static Answer freeBusy(JsonObject input) {
        Instant min = instant(input, "timeMin");
        Instant max = instant(input, "timeMax");
        if (min == null || max == null) {
            return new Answer(400, error(400, "Bad Request", "badRequest"));
        }
        JsonObjectBuilder calendars = Json.createObjectBuilder();
        for (JsonValue item : input.getOrDefault("items", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            String id = item.asJsonObject().getString("id");
            JsonArrayBuilder busy = Json.createArrayBuilder();
            BUSY.getOrDefault(id, List.of()).stream()
                    .filter(interval -> interval.start().isBefore(max) && interval.end().isAfter(min))
                    .sorted(Comparator.comparing(Interval::start))
                    .forEach(interval -> busy.add(Json.createObjectBuilder()
                            .add("start", interval.start().toString()).add("end", interval.end().toString())));
            calendars.add(id, Json.createObjectBuilder().add("busy", busy));
        }
        return new Answer(200, Json.createObjectBuilder().add("kind", "calendar#freeBusy")
                .add("timeMin", min.toString()).add("timeMax", max.toString())
                .add("calendars", calendars).build().toString());
    }

    private static Instant instant(JsonObject input, String name) {
        try {
            return OffsetDateTime.parse(input.getString(name)).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean cancelled(JsonObject event) {
        return "cancelled".equals(event.getString("status", ""));
    }

    private static String error(int code, String message, String reason) {
        return """
                {"error":{"code":%d,"message":"%s","errors":[{"domain":"global","reason":"%s","message":"%s"}]}}"""
                .formatted(code, message, reason, message);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request body, gunzipped when the Google client compressed it. */
    private static String body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length > 0 && "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Parses a form body or a raw query string into a mutable map. */
    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : encoded == null ? new String[0] : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A failure here would reach the app as a mere dropped connection; a 500 with the cause is easier to read. */
    private static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                respond(exchange, 500, TEXT, e.toString());
            }
        };
    }

    /** Sends the answer; a null body means none at all (204). */
    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
