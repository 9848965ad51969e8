package org.atelier.interfaces.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Accounts;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.fake.TestMailServer;
import org.atelier.testing.web.BrowserJourney;
import org.atelier.testing.web.Http;
import org.atelier.testing.web.RawHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an outside security test found, each closed at its root: a booking taken over through the
 * form, holds and mails without limit, bad input that reached a 500, headers missing on the token
 * pages, server details on show, session ids in the address, and a trusted Host header. Runs on
 * the "limits" container, whose limits are low enough to reach; each test plays its own client
 * behind the trusted proxy (X-Forwarded-For), so the tests do not share a limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT extends BrowserJourney {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @Deployment(testable = false)
    @TargetsContainer("limits")
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    /** A client address of this test's own (documentation range, RFC 5737). */
    private static String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    @Test
    void aStrangerWhoTypesSomeoneElsesAddressIntoTheFormGetsAHoldOfTheirOwnNeverTheirLink() throws Exception {
        long workshop = Fixtures.publishedWorkshop(2500, 4);
        long session = Fixtures.session(workshop, Duration.ofDays(6), 10, 0);
        RawHttp.Answer victim = hold(newClient(), session, 1, "Vic Tim", "victim@example.org");
        assertEquals(201, victim.status(), victim.body());
        String victimReference = json(victim.body()).getString("reference");

        inBrowser("takeover", "en-GB", 1280, 900, page -> {
            page.navigate(base + "book/" + Fixtures.slugOf(workshop));
            page.getByLabel("Your name").fill("Stan Ger");
            page.getByLabel("Your e-mail address").fill("victim@example.org");
            page.getByText("I accept the booking terms").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            assertThat(page.getByText("Sandbox payment: no money moves")).isVisible();
            assertFalse(page.url().contains(victimReference), "the stranger never reaches the victim's booking");
            assertFalse(page.content().contains("Vic Tim"), "nor sees the victim's name");
        });
        assertEquals(2, TestDb.queryLong("select count(*) from booking where session_id = " + session
                + " and buyer_email = 'victim@example.org'"), "the stranger's hold is a booking of its own");
    }

    @Test
    void theApiTakesJsonOnlySoNoOtherSitesFormCanPlaceHolds() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(6), 10, 0);
        String client = newClient();
        RawHttp.Answer plain = post(client, "api/v1/bookings", "text/plain",
                holdBody(session, 1, "Ada", "plain@example.org").getBytes(StandardCharsets.UTF_8));
        assertProblem(415, plain);
        RawHttp.Answer form = post(client, "api/v1/bookings", "application/x-www-form-urlencoded",
                "sessionId=1".getBytes(StandardCharsets.UTF_8));
        assertProblem(415, form);
        assertEquals(0, Fixtures.seatsTaken(session));
    }

    @Test
    void oneBuyerKeepsAtMostThreeUnpaidHoldsOnASessionAndIsToldWhenToTryAgain() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(6), 20, 0);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, hold(newClient(), session, 1, "Hoarder", "Hoarder@Example.org").status());
        }
        RawHttp.Answer fourth = hold(newClient(), session, 1, "Hoarder", "hoarder@example.org");
        assertProblem(429, fourth);
        assertTrue(fourth.body().contains("3 unpaid or free bookings"), fourth.body());
        long retryAfter = Long.parseLong(fourth.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 25 * 60 && retryAfter <= 30 * 60, "until the first hold runs out: " + retryAfter);
        assertEquals(3, Fixtures.seatsTaken(session));
        assertEquals(201, hold(newClient(), session, 1, "Someone Else", "else@example.org").status(),
                "another buyer is not affected");
    }

    @Test
    void oneNetworkAddressMayAskForSoManyHoldsAnHourAndOthersAreNotSlowedByIt() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(6), 30, 0);
        String busy = newClient();
        for (int i = 0; i < 6; i++) {
            assertEquals(201, hold(busy, session, 1, "Buyer " + i, "buyer" + i + "@rate.example.org").status());
        }
        RawHttp.Answer seventh = hold(busy, session, 1, "Buyer 7", "buyer7@rate.example.org");
        assertProblem(429, seventh);
        assertTrue(Long.parseLong(seventh.header("Retry-After").orElseThrow()) > 0);
        assertEquals(201, hold(newClient(), session, 1, "Neighbour", "neighbour@rate.example.org").status());
        assertEquals(7, Fixtures.seatsTaken(session));
    }

    @Test
    void signUpsAndResetsPerAddressAndMailsPerRecipientAreLimited() throws Exception {
        Accounts.TestAccount owner = Accounts.create();
        String client = newClient();
        Http visitor = new Http(base, "X-Forwarded-For", client);
        for (int i = 0; i < 3; i++) {
            String answer = forgot(visitor, owner.email());
            assertTrue(answer.contains("a link to choose a new password is on its way"), "request " + i + ": " + answer);
        }
        String refused = forgot(visitor, owner.email());
        assertTrue(refused.contains("Too many requests from your network"), refused);

        // From other addresses the page answers as always, but the inbox gets no more than three an hour.
        for (int i = 0; i < 3; i++) {
            assertTrue(forgot(new Http(base, "X-Forwarded-For", newClient()), owner.email()).contains("a link to choose a new password is on its way"));
        }
        assertEquals(3, TestMailServer.countTo(owner.email()), "mails are sent while the request runs");

        Http signer = new Http(base, "X-Forwarded-For", newClient());
        for (int i = 0; i < 3; i++) {
            assertTrue(signUp(signer, "Sig Ner", "signer" + i + "@limits.example.org").contains("Check your e-mail"));
        }
        String fourth = signUp(signer, "Sig Ner", "signer3@limits.example.org");
        assertTrue(fourth.contains("Too many requests from your network"), fourth);
        assertEquals(0, TestDb.queryLong("select count(*) from account where email = 'signer3@limits.example.org'"));
    }

    @Test
    void signingUpWithAKnownAddressTakesAsLongAsWithANewOne() throws Exception {
        Accounts.TestAccount known = Accounts.create();
        List<Long> knownMillis = new ArrayList<>();
        List<Long> newMillis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            knownMillis.add(timedSignUp(known.email()));
            newMillis.add(timedSignUp("timing" + i + "-" + System.nanoTime() + "@example.org"));
        }
        long knownMedian = knownMillis.stream().sorted().toList().get(2);
        long newMedian = newMillis.stream().sorted().toList().get(2);
        // Hashing the password is most of a new sign-up; without it a known address answered in a
        // tenth of the time. Half leaves room for a busy machine and still tells the two apart.
        assertTrue(knownMedian * 2 >= newMedian, "known " + knownMillis + " ms, new " + newMillis + " ms");
    }

    @Test
    void namesWithControlCharactersAreRefusedWithAMessageAndNothingIsStored() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(6), 10, 0);
        for (String name : List.of("Nul\u0000Byte", "Line\r\nBcc: x@example.org", "Bell\u0007", "Esc\u001b[31m",
                "Flip\u202Egpj.exe")) {
            RawHttp.Answer answer = hold(newClient(), session, 1, name, "names@example.org");
            assertProblem(400, answer);
            assertTrue(answer.body().contains("no control characters"), answer.body());
        }
        String participant = "{\"sessionId\":" + session + ",\"quantity\":2,\"buyer\":{\"name\":\"Ok\",\"email\":"
                + "\"ok@example.org\"},\"participants\":[{\"name\":\"Bad\\u0007\"}]}";
        assertProblem(400, post(newClient(), "api/v1/bookings", "application/json", participant.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Fixtures.seatsTaken(session));

        inBrowser("control-characters", "nl-NL", 390, 844, page -> {
            page.navigate(base + "book/" + TestDb.queryString("select w.slug from workshop w join session s "
                    + "on s.workshop_id = w.id where s.id = " + session));
            page.getByLabel("Je naam").fill("Flip\u202Egpj.exe");
            page.getByLabel("Je e-mailadres").fill("names@example.org");
            page.getByText("Ik ga akkoord met de boekingsvoorwaarden").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar betalen")).click();
            assertThat(page.getByText("Je naam mag letters, cijfers, spaties en leestekens bevatten")).isVisible();
        });
        assertEquals(0, Fixtures.seatsTaken(session));
    }

    @Test
    void malformedBodiesAreRefusedAsProblemsNotAs500s() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(6), 10, 0);
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertProblem(400, post(newClient(), "api/v1/bookings", "application/json", deep.getBytes(StandardCharsets.UTF_8)));
        String deepObject = "{\"sessionId\":" + session + ",\"x\":" + "{\"a\":".repeat(1000) + "1" + "}".repeat(1000) + "}";
        assertProblem(400, post(newClient(), "api/v1/bookings", "application/json", deepObject.getBytes(StandardCharsets.UTF_8)));
        assertProblem(415, post(newClient(), "api/v1/bookings", "application/json; charset=x-bogus",
                holdBody(session, 1, "Ada", "bogus@example.org").getBytes(StandardCharsets.UTF_8)));
        byte[] tenMegabytes = (holdBody(session, 1, "Ada", "big@example.org").replace("}}", "},\"pad\":\"")
                + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(413, post(newClient(), "api/v1/bookings", "application/json", tenMegabytes));
        assertProblem(413, post(newClient(), "api/webhooks/stripe", "application/json", tenMegabytes));
        assertEquals(0, Fixtures.seatsTaken(session));
    }

    @Test
    void tokenPagesAndEveryAnswerCarryTheSecurityHeaders() throws Exception {
        long workshop = Fixtures.publishedWorkshop(2500, 4);
        long session = Fixtures.session(workshop, Duration.ofDays(6), 10, 0);
        JsonObject held = json(hold(newClient(), session, 1, "Head Ers", "headers@example.org").body());
        String reference = held.getString("reference");
        String token = held.getString("token");
        List<String> tokenPages = List.of("booking/" + reference + "?t=" + token,
                "sandbox/checkout/" + reference + "?t=" + token, "api/v1/bookings/" + reference + "?t=" + token);
        for (String page : tokenPages) {
            RawHttp.Answer answer = RawHttp.send(base, "GET", path(page));
            assertEquals(200, answer.status(), page);
            assertSecurityHeaders(page, answer);
            assertEquals("no-store", answer.header("Cache-Control").orElse(""), page);
        }
        for (String page : List.of("book", "book/" + Fixtures.slugOf(workshop), "signin", "no-such-page", "api/v1/workshops")) {
            assertSecurityHeaders(page, RawHttp.send(base, "GET", path(page)));
        }
        RawHttp.Answer created = hold(newClient(), session, 1, "Head Ers", "headers2@example.org");
        assertEquals("no-store", created.header("Cache-Control").orElse(""), "the hold's answer carries a token");
        String pagePolicy = RawHttp.send(base, "GET", path("book")).header("Content-Security-Policy").orElseThrow();
        assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[^']+'.*"), pagePolicy);
        assertFalse(pagePolicy.contains("unsafe-eval") || pagePolicy.contains("script-src 'self' 'unsafe-inline'"), pagePolicy);
    }

    @Test
    void theServerNamesNoSoftwareAndTheApiAnswersEveryErrorAsAProblem() throws Exception {
        assertProblem(405, RawHttp.send(base, "GET", path("api/v1/bookings")));
        assertProblem(406, RawHttp.send(base, "GET", path("api/v1/workshops"), "Accept: application/xml"));
        assertProblem(404, RawHttp.send(base, "GET", path("api/application.wadl")));
        assertProblem(404, RawHttp.send(base, "GET", path("api/v1/nothing-here")));
        RawHttp.Answer options = RawHttp.send(base, "OPTIONS", path("api/v1/workshops"));
        assertFalse(options.body().contains("wadl") || options.body().contains("Jersey"), options.body());
        for (String address : List.of("book", "api/v1/workshops", "no-such-page", "api/v1/bookings")) {
            RawHttp.Answer answer = RawHttp.send(base, "GET", path(address));
            assertTrue(answer.header("Server").isEmpty(), address + ": " + answer.headers());
            assertTrue(answer.header("X-Powered-By").isEmpty(), address + ": " + answer.headers());
            assertNoServerDetails(address, answer);
        }
        for (String open : List.of("/metrics", "/openapi", "/metrics/base")) {
            RawHttp.Answer answer = RawHttp.send(base, "GET", open);
            assertNotEquals(200, answer.status(), open);
            assertFalse(answer.body().contains("jvm") || answer.body().contains("openapi:"), open);
        }
    }

    @Test
    void theAdminAreaAnswersEveryMethodExactlyAsAMissingPageDoes() throws Exception {
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND")) {
            RawHttp.Answer missing = RawHttp.send(base, method, path("no-such-folder/page"));
            // The not-found page links to its own address in the other language: that part names the path.
            String missingPage = withoutNonces(missing.body().replace(path("no-such-folder/page"), "PATH"));
            for (String admin : List.of("admin", "admin/", "admin/bookings", "admin/index.xhtml", "admin/bookings.csv")) {
                RawHttp.Answer answer = RawHttp.send(base, method, path(admin));
                assertEquals(missing.status(), answer.status(), method + " " + admin);
                assertEquals(missingPage, withoutNonces(answer.body().replace(path(admin), "PATH")), method + " " + admin);
            }
        }
    }

    @Test
    void aSessionIdInTheAddressSignsNobodyIn() throws Exception {
        Accounts.TestAccount member = Accounts.create();
        Http browser = new Http(base);
        String displayName = "Test " + member.email().substring(5, 13);
        HttpResponse<String> account = Accounts.signIn(browser, member.email(), member.password());
        assertTrue(account.body().contains(displayName), "signed in with the cookie");
        String sessionId = browser.cookie("JSESSIONID").orElseThrow();
        RawHttp.Answer viaPath = RawHttp.send(base, "GET", path("account;jsessionid=" + sessionId + "?x=1"));
        assertEquals(302, viaPath.status(), "sent to the same address without the session id");
        assertEquals(path("account?x=1"), viaPath.header("Location").orElseThrow());
        assertFalse(viaPath.body().contains(displayName), viaPath.body());
    }

    @Test
    void aForgedHostHeaderNeverEndsUpInARedirectOrALocation() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(6), 10, 0);
        RawHttp.Answer root = RawHttp.send(base, "GET", path(""), List.of("Host: evil.example"), null);
        assertTrue(root.status() >= 300 && root.status() < 400, "the root still leads to /book: " + root.status());
        assertFalse(root.header("Location").orElseThrow().contains("evil.example"), root.headers().toString());
        assertTrue(root.header("Location").orElseThrow().endsWith("/book"), root.headers().toString());
        RawHttp.Answer created = RawHttp.send(base, "POST", path("api/v1/bookings"), List.of("Host: evil.example",
                "X-Forwarded-For: " + newClient(), "Content-Type: application/json"),
                holdBody(session, 1, "Host Test", "host@example.org").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.body());
        assertFalse(created.header("Location").orElseThrow().contains("evil.example"));
        assertFalse(created.body().contains("evil.example"));
    }

    @Test
    void aFormSentBackWithAViewStateWeNeverIssuedIsABadRequest() throws Exception {
        Http visitor = new Http(base);
        visitor.get("signin");
        HttpResponse<String> stateless = visitor.postForm("signin", Map.of("signin", "signin",
                "signin:email", "a@example.org", "signin:password", "whatever-password", "signin:submit", "",
                "jakarta.faces.ViewState", "stateless"));
        assertEquals(400, stateless.statusCode());
        assertNoServerDetails("signin", stateless.body());
        HttpResponse<String> garbled = visitor.postForm("signin", Map.of("signin", "signin", "signin:submit", "",
                "jakarta.faces.ViewState", "-123:not-a-state"));
        assertTrue(garbled.statusCode() < 500, "a garbled state: " + garbled.statusCode());
    }

    /** Every JSON endpoint and page parameter, with what no honest client sends: a 4xx, no trace, nothing changed. */
    @Test
    void aSweepOfMalformedInputGetsClientErrorsWithoutTracesAndChangesNothing() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4), Duration.ofDays(6), 10, 0);
        JsonObject held = json(hold(newClient(), session, 1, "Sweep", "sweep@example.org").body());
        String reference = held.getString("reference");
        Accounts.TestAccount adminAccount = Accounts.create("ADMIN");
        Http admin = new Http(base);
        Accounts.signIn(admin, adminAccount.email(), adminAccount.password());
        String before = databaseFingerprint();

        List<String> hostile = List.of("%00", "a%00b", "%0d%0aSet-Cookie:%20x=1", "%07", "%1b%5b31m", "%7f");
        List<String> pages = List.of("workshop.xhtml?slug=", "book/x?y=", "booking.xhtml?reference=" + reference + "&t=",
                "booking/" + reference + "?t=", "sandbox.xhtml?reference=", "sandbox/checkout/" + reference + "?t=",
                "signin?next=", "signin?notice=", "account/verify?token=", "account/reset?token=", "book?lang=",
                "api/v1/sessions/", "api/v1/bookings/" + reference + "?t=", "api/v1/bookings/" + reference + "/calendar.ics?t=",
                "api/calendar/google/callback?state=", "api/v1/workshops?x=");
        for (String page : pages) {
            for (String value : hostile) {
                RawHttp.Answer answer = RawHttp.send(base, "GET", path(page + value));
                assertClientError(page + value, answer);
            }
        }
        List<String> adminPages = List.of("admin/analytics?from=", "admin/analytics?until=", "admin/analytics?by=",
                "admin/audit?q=", "admin/booking?ref=", "admin/bookings?session=", "admin/bookings.csv?q=");
        for (String page : adminPages) {
            for (String value : List.of("%00", "x", "%0a", "2027-13-45", "-1", "999999999999999999999")) {
                HttpResponse<String> answer = admin.get(page + value);
                assertTrue(answer.statusCode() < 500, page + value + ": " + answer.statusCode());
                assertNoServerDetails(page + value, answer.body());
                if (value.startsWith("%0")) {
                    assertEquals(400, answer.statusCode(), page + value);
                }
            }
        }
        List<byte[]> bodies = List.of("{\"sessionId\":\u0000}".getBytes(StandardCharsets.UTF_8),
                ("{".repeat(5000)).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00},
                "".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
                "{\"sessionId\":1e999,\"quantity\":1}".getBytes(StandardCharsets.UTF_8));
        for (String endpoint : List.of("api/v1/bookings", "api/webhooks/stripe")) {
            for (byte[] body : bodies) {
                assertClientError(endpoint, post(newClient(), endpoint, "application/json", body));
            }
            for (String type : List.of("application/json; charset=x-bogus", "text/xml", "multipart/form-data; boundary=x")) {
                if (endpoint.startsWith("api/v1")) {
                    assertClientError(endpoint + " as " + type, post(newClient(), endpoint, type, "{}".getBytes(StandardCharsets.UTF_8)));
                }
            }
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                assertClientError(method + " " + endpoint, RawHttp.send(base, method, path(endpoint)));
            }
        }
        assertEquals(before, databaseFingerprint(), "nothing changed in the database");
    }

    /** A page's nonces, view state and chunk sizes differ on every answer; the rest must not. */
    private static String withoutNonces(String page) {
        return page.replaceAll("[A-Za-z0-9+/=:_-]{20,}", "#").replaceAll("(?m)^[0-9a-f]{1,6}\\r?$", "");
    }

    private String forgot(Http visitor, String email) {
        String form = visitor.get("account/forgot").body();
        return visitor.postForm("account/forgot", Map.of("forgot", "forgot", "forgot:email", email, "forgot:submit", "",
                "jakarta.faces.ViewState", Http.viewState(form))).body();
    }

    private String signUp(Http visitor, String name, String email) {
        String form = visitor.get("signup").body();
        return visitor.postForm("signup", Map.of("signup", "signup", "signup:name", name, "signup:email", email,
                "signup:password", "a long enough password", "signup:submit", "",
                "jakarta.faces.ViewState", Http.viewState(form))).body();
    }

    private long timedSignUp(String email) {
        Http visitor = new Http(base, "X-Forwarded-For", newClient());
        String form = visitor.get("signup").body();
        Map<String, String> fields = Map.of("signup", "signup", "signup:name", "Tim Ing", "signup:email", email,
                "signup:password", "a long enough password", "signup:submit", "", "jakarta.faces.ViewState", Http.viewState(form));
        long start = System.nanoTime();
        String answer = visitor.postForm("signup", fields).body();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(answer.contains("Check your e-mail"), answer);
        return millis;
    }

    private RawHttp.Answer hold(String client, long session, int quantity, String name, String email) {
        return post(client, "api/v1/bookings", "application/json",
                holdBody(session, quantity, name, email).getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Answer post(String client, String endpoint, String contentType, byte[] body) {
        return RawHttp.send(base, "POST", path(endpoint), List.of("Host: " + base.getHost() + ":" + base.getPort(),
                "X-Forwarded-For: " + client, "Content-Type: " + contentType), body);
    }

    private String path(String relative) {
        return base.getPath() + relative;
    }

    private static String holdBody(long session, int quantity, String name, String email) {
        return Json.createObjectBuilder().add("sessionId", session).add("quantity", quantity)
                .add("buyer", Json.createObjectBuilder().add("name", name).add("email", email)).build().toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void assertProblem(int status, RawHttp.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), answer.headers().toString());
        assertNoServerDetails("problem " + status, answer);
    }

    private static void assertClientError(String what, RawHttp.Answer answer) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, what + ": " + answer.status() + " " + answer.body());
        assertNoServerDetails(what, answer);
    }

    private static void assertNoServerDetails(String what, RawHttp.Answer answer) {
        assertNoServerDetails(what, answer.body());
    }

    private static void assertNoServerDetails(String what, String body) {
        for (String telltale : List.of("at org.", "at java.", "at jakarta.", ".java:", "Caused by", "Payara", "GlassFish",
                "Jersey", "Mojarra")) {
            assertFalse(body.contains(telltale), what + " shows " + telltale + ": " + body);
        }
    }

    private static void assertSecurityHeaders(String page, RawHttp.Answer answer) {
        assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""), page);
        assertTrue(answer.header("Referrer-Policy").isPresent(), page);
        List<String> policies = answer.all("Content-Security-Policy");
        assertEquals(1, policies.size(), page + ": one policy, " + policies);
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), page + ": " + policies);
    }

    /** Row counts and the newest row of the tables anything could write to. */
    private static String databaseFingerprint() throws Exception {
        StringBuilder fingerprint = new StringBuilder();
        for (String table : List.of("booking", "booking_participant", "account", "account_token", "outbox_message",
                "payment", "payment_event", "refund", "audit_event", "mail_quota", "session", "workshop")) {
            fingerprint.append(table).append('=').append(TestDb.queryLong("select count(*) from " + table)).append(' ');
        }
        fingerprint.append("seats=").append(TestDb.queryLong("select coalesce(sum(seats_taken), 0) from session"));
        return fingerprint.toString();
    }
}
