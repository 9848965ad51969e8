package org.atelier.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.atelier.testing.DeployedAtelier;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.TestDb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

/** The public JSON API v1, against the deployed war and this run's PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingApiIT extends DeployedAtelier {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }



    @Test
    void aHoldTakesTheSeatsForThirtyMinutesAtTheServersPrice() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(4500, 4), Duration.ofDays(5), 10, 0);
        Instant before = Instant.now();
        HttpResponse<String> response = post(holdBody(session, 2, "Ada Lovelace", "ada@example.org")
                .replace("}", ",\"price\":{\"amount\":1,\"currency\":\"EUR\"},\"total\":1}"), null);

        assertEquals(201, response.statusCode(), response.body());
        JsonObject hold = json(response.body());
        assertEquals("HELD", hold.getString("state"));
        assertEquals(9000, hold.getJsonObject("total").getInt("amount"), "the price comes from the server");
        assertEquals("EUR", hold.getJsonObject("total").getString("currency"));
        Instant expiry = Instant.parse(hold.getString("holdExpiresAt"));
        assertTrue(!expiry.isBefore(before.plus(Duration.ofMinutes(29))) && expiry.isBefore(Instant.now().plus(Duration.ofMinutes(31))));
        assertTrue(hold.getString("paymentUrl").contains("/booking/" + hold.getString("reference") + "?t="));
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/bookings/" + hold.getString("reference")));
        assertEquals(2, Fixtures.seatsTaken(session));

        HttpResponse<String> read = get("api/v1/bookings/" + hold.getString("reference") + "?t=" + hold.getString("token"));
        assertEquals(200, read.statusCode());
        assertEquals("ada@example.org", json(read.body()).getJsonObject("buyer").getString("email"));
    }

    @Test
    void aBookingIsUnreadableWithoutItsToken() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(4500, 4), Duration.ofDays(5), 10, 0);
        JsonObject hold = json(post(holdBody(session, 1, "Grace", "grace@example.org"), null).body());
        String reference = hold.getString("reference");

        assertEquals(404, get("api/v1/bookings/" + reference).statusCode());
        HttpResponse<String> forged = get("api/v1/bookings/" + reference + "?t=" + hold.getString("token").substring(1) + "A");
        assertEquals(404, forged.statusCode());
        assertTrue(forged.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyReturnsTheSameBooking() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(3000, 4), Duration.ofDays(5), 10, 0);
        String body = holdBody(session, 2, "Alan", "alan@example.org");
        JsonObject first = json(post(body, "retry-" + session).body());
        JsonObject second = json(post(body, "retry-" + session).body());
        assertEquals(first.getString("reference"), second.getString("reference"));
        assertEquals(2, Fixtures.seatsTaken(session), "seats taken once");
        assertEquals(1, TestDb.queryLong("select count(*) from booking where session_id = " + session));

        HttpResponse<String> reused = post(holdBody(session, 3, "Alan", "alan@example.org"), "retry-" + session);
        assertEquals(422, reused.statusCode(), reused.body());
        assertEquals(2, Fixtures.seatsTaken(session));
    }

    @Test
    void badRequestsAreRefusedWithAProblemAndChangeNothing() throws Exception {
        long workshop = Fixtures.publishedWorkshop(4500, 4);
        long session = Fixtures.session(workshop, Duration.ofDays(5), 10, 7);
        long started = Fixtures.session(workshop, Duration.ofMinutes(-5), 10, 0);
        long cancelled = Fixtures.session(workshop, Duration.ofDays(2), 10, 0);
        TestDb.queryLong("update session set status = 'CANCELLED' where id = " + cancelled + " returning 1");

        assertProblem(400, post(holdBody(session, 0, "Ada", "ada@example.org"), null), "between 1 and 4");
        assertProblem(400, post(holdBody(session, -1, "Ada", "ada@example.org"), null), "between 1 and 4");
        assertProblem(400, post(holdBody(session, 5, "Ada", "ada@example.org"), null), "between 1 and 4");
        assertProblem(400, post(holdBody(session, 2, "Ada", "ada@example.org").replace("\"quantity\":2", "\"quantity\":\"two\""), null),
                "quantity must be a whole number");
        assertProblem(400, post(holdBody(session, 2, "Ada", "ada@example.org").replace("\"quantity\":2", "\"quantity\":1.5"), null),
                "quantity must be a whole number");
        assertProblem(400, post(holdBody(session, 1, "Ada", "not-an-email"), null), "valid e-mail");
        assertProblem(400, post(holdBody(session, 1, " ", "ada@example.org"), null), "your name");
        assertProblem(400, post("{\"sessionId\": " + session + ", \"quantity\": ", null), "not valid JSON");
        assertProblem(400, post("[]", null), "JSON object");
        assertProblem(404, post(holdBody(987654321L, 1, "Ada", "ada@example.org"), null), "no session");
        assertProblem(409, post(holdBody(started, 1, "Ada", "ada@example.org"), null), "already started");
        assertProblem(409, post(holdBody(cancelled, 1, "Ada", "ada@example.org"), null), "has been cancelled");

        HttpResponse<String> tooMany = post(holdBody(session, 4, "Ada", "ada@example.org"), null);
        assertProblem(409, tooMany, "Only 3 seats are left");
        assertEquals(3, json(tooMany.body()).getInt("seatsLeft"));

        assertEquals(7, Fixtures.seatsTaken(session));
        assertEquals(0, Fixtures.seatsTaken(started));
        assertEquals(0, TestDb.queryLong("select count(*) from booking where session_id in (" + session + "," + started
                + "," + cancelled + ")"));
    }

    @Test
    void twoHundredRacersForTenSeatsGetExactlyTenHolds() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(5), 40, 30);
        List<HttpResponse<String>> responses = race(200, i -> 1, session);

        long created = responses.stream().filter(r -> r.statusCode() == 201).count();
        assertEquals(10, created);
        for (HttpResponse<String> response : responses) {
            assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.statusCode() + " " + response.body());
            if (response.statusCode() == 409) {
                assertEquals(0, json(response.body()).getInt("seatsLeft"));
            }
        }
        assertEquals(40, Fixtures.seatsTaken(session));
        assertEquals(10, TestDb.queryLong("select count(*) from booking where session_id = " + session));
    }

    @Test
    void racersAskingForOneToThreeSeatsNeverTakeMoreThanThereAre() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(5), 50, 0);
        Random random = new Random(7);
        int[] wanted = random.ints(200, 1, 4).toArray();
        List<HttpResponse<String>> responses = race(200, i -> wanted[i], session);

        int granted = 0;
        for (int i = 0; i < responses.size(); i++) {
            HttpResponse<String> response = responses.get(i);
            if (response.statusCode() == 201) {
                granted += wanted[i];
            } else {
                assertEquals(409, response.statusCode(), response.body());
                int left = json(response.body()).getInt("seatsLeft");
                assertTrue(left < wanted[i], "refused " + wanted[i] + " while " + left + " were left");
            }
        }
        assertTrue(granted <= 50);
        assertTrue(granted >= 48, "the session fills up: " + granted);
        assertEquals(granted, Fixtures.seatsTaken(session));
        assertEquals(granted, TestDb.queryLong("select coalesce(sum(quantity), 0) from booking where session_id = " + session));
    }

    @Test
    void anExpiredHoldIsAbandonedAndItsSeatsComeBack() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(5), 10, 0);
        String reference = json(post(holdBody(session, 3, "Late", "late@example.org"), null).body()).getString("reference");
        assertEquals(3, Fixtures.seatsTaken(session));
        TestDb.queryLong("update booking set hold_expires_at = now() - interval '1 second' where reference = '"
                + reference + "' returning 1");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals("ABANDONED",
                TestDb.queryString("select state from booking where reference = '" + reference + "'")));
        assertEquals(0, Fixtures.seatsTaken(session), "the seats are offered again");
    }

    @Test
    void theCatalogueListsSessionsWithSeatsLeftAndPricesInMinorUnits() throws Exception {
        long workshop = Fixtures.publishedWorkshop(4250, 4);
        long session = Fixtures.session(workshop, Duration.ofDays(3), 12, 5);
        String slug = Fixtures.slugOf(workshop);

        JsonArray workshops = Json.createReader(new StringReader(get("api/v1/workshops").body())).readArray();
        JsonObject ours = workshops.stream().map(v -> v.asJsonObject()).filter(w -> w.getString("slug").equals(slug))
                .findFirst().orElseThrow();
        JsonObject offered = ours.getJsonArray("sessions").getJsonObject(0);
        assertEquals(session, offered.getJsonNumber("id").longValue());
        assertEquals(7, offered.getInt("seatsLeft"));
        assertEquals(4250, offered.getJsonObject("price").getInt("amount"));

        JsonObject single = json(get("api/v1/sessions/" + session).body());
        assertEquals("SCHEDULED", single.getString("status"));
        assertEquals(slug, single.getJsonObject("workshop").getString("slug"));
        assertEquals(404, get("api/v1/sessions/abc").statusCode());
    }

    private List<HttpResponse<String>> race(int racers, java.util.function.IntUnaryOperator quantity, long session) {
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/bookings"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(holdBody(session, quantity.applyAsInt(i), "Racer " + i,
                            "racer" + i + "@example.org"))).build();
            pending.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private static String holdBody(long session, int quantity, String name, String email) {
        return "{\"sessionId\":" + session + ",\"quantity\":" + quantity + ",\"buyer\":{\"name\":\"" + name
                + "\",\"email\":\"" + email + "\"}}";
    }

    private HttpResponse<String> post(String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/bookings"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(int status, HttpResponse<String> response, String detailPart) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains(detailPart), problem.getString("detail"));
        assertNotEquals("", problem.getString("title"));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
