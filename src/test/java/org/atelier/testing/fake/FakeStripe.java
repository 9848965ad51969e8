package org.atelier.testing.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful stand-in for api.stripe.com on loopback, speaking Stripe's wire format: form-encoded
 * requests in, Stripe-shaped JSON out, idempotency keys honoured. Tests read what it was asked
 * and can make it fail like Stripe does.
 */
public class FakeStripe implements LauncherSessionListener {

    public static final String PORT = "atelier.test.stripe.port";

    /** One request as Stripe would have received it. */
    public record Request(String method, String path, Map<String, String> params, String idempotencyKey,
                          String authorization) {
    }

    private static HttpServer server;
    private static final List<Request> REQUESTS = new CopyOnWriteArrayList<>();
    private static final Map<String, String> REPLAYS = new ConcurrentHashMap<>();
    private static final Map<String, CheckoutSession> SESSIONS = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile int failWithStatus;
    private static volatile long delayMillis;

    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fake-stripe-later");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("atelier.it") || server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            // Several answers may be held back at once when a test makes Stripe slow.
            server.setExecutor(Executors.newFixedThreadPool(8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v1/checkout/sessions", FakeStripe::checkoutSessions);
        server.createContext("/v1/refunds", exchange -> answer(exchange, FakeStripe::createRefund));
        server.start();
        System.setProperty(PORT, Integer.toString(server.getAddress().getPort()));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop(0);
        }
    }

    public static List<Request> requests() {
        return List.copyOf(REQUESTS);
    }

    /** Every following answer comes this late (0: at once), like a Stripe that hangs. */
    public static void delayAnswers(long millis) {
        delayMillis = millis;
    }

    /** Every following call answers this HTTP status (0: behave normally again). */
    public static void failWith(int status) {
        failWithStatus = status;
    }

    /** Creates (POST /v1/checkout/sessions), retrieves (GET .../{id}) and expires (POST .../{id}/expire). */
    private static void checkoutSessions(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        if (parts.length == 4) {
            answer(exchange, FakeStripe::createSession);
            return;
        }
        exchange.getRequestBody().readAllBytes();
        REQUESTS.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), Map.of(),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"), exchange.getRequestHeaders().getFirst("Authorization")));
        CheckoutSession session = SESSIONS.get(parts[4]);
        if (session == null) {
            respond(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\"}}");
        } else if (parts.length == 6 && "expire".equals(parts[5])) {
            if (!"open".equals(session.status)) {
                respond(exchange, 400, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Only open sessions can be expired\"}}");
                return;
            }
            session.status = "expired";
            respond(exchange, 200, session.json());
        } else {
            respond(exchange, 200, session.json());
        }
    }

    /** The customer pays on Stripe's page, and no webhook tells us (a lost delivery). */
    public static void payWithoutWebhook(String checkoutId) {
        CheckoutSession session = SESSIONS.get(checkoutId);
        session.status = "complete";
        session.paymentStatus = "paid";
    }

    private static final class CheckoutSession {
        final Map<String, String> params;
        final String id;
        volatile String status = "open";
        volatile String paymentStatus = "unpaid";

        CheckoutSession(String id, Map<String, String> params) {
            this.id = id;
            this.params = params;
        }

        String json() {
            long quantity = Long.parseLong(params.get("line_items[0][quantity]"));
            long unitAmount = Long.parseLong(params.get("line_items[0][price_data][unit_amount]"));
            String intent = "paid".equals(paymentStatus) ? "\"pi_" + id + "\"" : "null";
            return """
                    {"id":"%s","object":"checkout.session","mode":"payment","status":"%s","payment_status":"%s",
                     "url":"http://127.0.0.1:%d/pay/%s","client_reference_id":"%s","customer_email":"%s",
                     "currency":"%s","amount_total":%d,"expires_at":%s,"livemode":false,"payment_intent":%s,
                     "metadata":{"booking_reference":"%s"},"success_url":"%s","cancel_url":"%s"}"""
                    .formatted(id, status, paymentStatus, server.getAddress().getPort(), id,
                            params.get("client_reference_id"), params.get("customer_email"),
                            params.get("line_items[0][price_data][currency]"), quantity * unitAmount,
                            params.get("expires_at"), intent, params.get("metadata[booking_reference]"),
                            params.get("success_url"), params.get("cancel_url"));
        }
    }

    /** Records the request, then answers like Stripe: an outage if one is set, else the (replayed) object. */
    private static void answer(HttpExchange exchange, java.util.function.Function<Map<String, String>, String> create)
            throws IOException {
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        REQUESTS.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), params, key,
                exchange.getRequestHeaders().getFirst("Authorization")));
        if (failWithStatus != 0) {
            respond(exchange, failWithStatus, "{\"error\":{\"type\":\"api_error\",\"message\":\"Fake outage\"}}");
            return;
        }
        String body = key == null ? create.apply(params) : REPLAYS.computeIfAbsent(key, k -> create.apply(params));
        respond(exchange, 200, body);
    }

    /** Refunds start pending, as card refunds at Stripe do; a refund.updated event finishes them. */
    private static String createRefund(Map<String, String> params) {
        return """
                {"id":"re_test_%d","object":"refund","amount":%s,"currency":"eur","payment_intent":"%s",
                 "status":"pending","metadata":{"refund_id":"%s"}}"""
                .formatted(SEQUENCE.incrementAndGet(), params.get("amount"), params.get("payment_intent"),
                        params.get("metadata[refund_id]"));
    }

    private static String createSession(Map<String, String> params) {
        CheckoutSession session = new CheckoutSession("cs_test_" + SEQUENCE.incrementAndGet(), params);
        SESSIONS.put(session.id, session);
        return session.json();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /**
     * A slow Stripe answers later from another thread: the handler's thread is not held, so a
     * slow answer costs the fake nothing, as a slow network costs a real Stripe nothing.
     */
    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        if (delayMillis > 0) {
            LATER.schedule(() -> {
                try {
                    write(exchange, status, body);
                } catch (IOException e) {
                    exchange.close(); // the client gave up waiting, as a slow Stripe's clients do
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
            return;
        }
        write(exchange, status, body);
    }

    private static void write(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_fake_" + SEQUENCE.incrementAndGet());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
