package org.atelier.interfaces.web.book;

import org.atelier.application.format.Formats;
import org.atelier.testing.DeployedAtelier;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The booking form as a browser without JavaScript posts it, including what a tampering or
 * unlucky visitor sends: every refusal is a message on the page, and nothing is booked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingFormIT extends DeployedAtelier {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }



    @Test
    void tamperedOrNonsenseQuantitiesAndSessionsAreRefusedOnThePage() throws Exception {
        long workshop = Fixtures.publishedWorkshop(4000, 4);
        long session = Fixtures.session(workshop, Duration.ofDays(3), 10, 0);
        String slug = Fixtures.slugOf(workshop);

        assertRefused(slug, Map.of("booking:session", "" + session, "booking:quantity", "0"), "Choose one of the options offered.");
        assertRefused(slug, Map.of("booking:session", "" + session, "booking:quantity", "-1"), "Choose one of the options offered.");
        assertRefused(slug, Map.of("booking:session", "" + session, "booking:quantity", "5"), "Choose one of the options offered.");
        assertRefused(slug, Map.of("booking:session", "" + session, "booking:quantity", "abc"), "Enter a whole number.");
        assertRefused(slug, Map.of("booking:session", "999999999", "booking:quantity", "1"), "Choose one of the options offered.");
        assertRefused(slug, Map.of("booking:session", "" + session, "booking:quantity", "1", "booking:buyerEmail", "ada@nowhere"),
                "Please enter a valid e-mail address.");
        assertRefused(slug, Map.of("booking:session", "" + session, "booking:quantity", "2"), "Each participant needs a name.");
        assertRefused(slug, Map.of("booking:session", "" + session, "booking:quantity", "1", "booking:terms_input", ""),
                "Please accept the booking terms");
        assertEquals(0, Fixtures.seatsTaken(session));
        assertEquals(0, TestDb.queryLong("select count(*) from booking where session_id = " + session));
    }

    @Test
    void seatsTakenByOthersMeanwhileAreExplainedWithWhatIsLeft() throws Exception {
        OpenForm open = openForm(6);
        long session = open.session();
        Http browser = open.browser();
        String page = open.page();
        // Without JavaScript the participant row appears after a first submit asks for it.
        String withRow = browser.postForm("workshop.xhtml", form(page, Map.of(
                "booking:session", "" + session, "booking:quantity", "2"))).body();
        assertTrue(withRow.contains("booking:rows:0:participantName"), "a row for the second participant");
        TestDb.queryLong("update session set seats_taken = 9 where id = " + session + " returning 1");

        HttpResponse<String> refused = browser.postForm("workshop.xhtml", form(withRow, Map.of(
                "booking:session", "" + session, "booking:quantity", "2", "booking:rows:0:participantName", "Bo")));
        assertTrue(refused.body().contains("Only 1 seat is left."), refused.body());
        assertEquals(9, Fixtures.seatsTaken(session));
    }

    @Test
    void aSessionThatStartedWhileTheFormWasOpenCannotBeBooked() throws Exception {
        OpenForm open = openForm(0);
        long session = open.session();
        Http browser = open.browser();
        String page = open.page();
        TestDb.queryLong("update session set starts_at = now() - interval '1 minute', ends_at = now() + interval '1 hour'"
                + " where id = " + session + " returning 1");

        HttpResponse<String> refused = browser.postForm("workshop.xhtml", form(page, Map.of(
                "booking:session", "" + session, "booking:quantity", "1")));
        assertTrue(refused.body().contains("This session has already started and can no longer be booked."), refused.body());
        assertEquals(0, Fixtures.seatsTaken(session));
    }

    @Test
    void aDoubleSubmitMakesOneBooking() throws Exception {
        OpenForm open = openForm(0);
        long session = open.session();
        Http browser = open.browser();
        String page = open.page();
        Map<String, String> fields = form(page, Map.of("booking:session", "" + session, "booking:quantity", "1"));

        HttpResponse<String> first = browser.postForm("workshop.xhtml", fields);
        HttpResponse<String> second = browser.postForm("workshop.xhtml", fields);

        assertEquals(302, first.statusCode(), first.body());
        assertEquals(302, second.statusCode(), second.body());
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
        assertEquals(1, TestDb.queryLong("select count(*) from booking where session_id = " + session));
        assertEquals(1, Fixtures.seatsTaken(session));
    }

    @Test
    void backAndResubmitFromAFreshlyLoadedPageFindsTheSameBooking() throws Exception {
        long workshop = Fixtures.publishedWorkshop(4000, 4);
        long session = Fixtures.session(workshop, Duration.ofDays(3), 10, 0);
        Http browser = new Http(base);
        Map<String, String> details = Map.of("booking:session", "" + session, "booking:quantity", "1");
        HttpResponse<String> first = browser.postForm("workshop.xhtml",
                form(browser.get("book/" + Fixtures.slugOf(workshop)).body(), details));
        HttpResponse<String> again = browser.postForm("workshop.xhtml",
                form(browser.get("book/" + Fixtures.slugOf(workshop)).body(), details));

        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals(1, TestDb.queryLong("select count(*) from booking where session_id = " + session));
        assertEquals(1, Fixtures.seatsTaken(session));
    }

    @Test
    void anExpiredPageSaysSoAndBooksNothing() throws Exception {
        OpenForm open = openForm(0);
        long session = open.session();
        Http browser = open.browser();
        String page = open.page();
        Map<String, String> fields = form(page, Map.of("booking:session", "" + session, "booking:quantity", "1"));
        fields.put("jakarta.faces.ViewState", "-4242424242424242424:-4242424242424242424");

        HttpResponse<String> expired = browser.postForm("workshop.xhtml", fields);
        assertEquals(302, expired.statusCode(), expired.body());
        String location = expired.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/errors/expired.xhtml"), location);
        assertTrue(browser.get(location.substring(location.indexOf("/errors/") + 1)).body().contains("This page has expired"));
        assertEquals(0, Fixtures.seatsTaken(session));
    }

    @Test
    void everyErrorOfTheFormIsShownAtOnceEachBesideItsField() throws Exception {
        OpenForm open = openForm(0);
        long session = open.session();
        Http browser = open.browser();
        String withRow = browser.postForm("workshop.xhtml", form(open.page(), Map.of(
                "booking:session", "" + session, "booking:quantity", "2", "booking:buyerName", "Form Tester"))).body();
        assertTrue(withRow.contains("booking:rows:0:participantName"), "a row for the second participant");

        // As a browser sends them: the name fields empty, the terms box unticked (then not sent at all).
        Map<String, String> fields = form(withRow, Map.of("booking:session", "" + session, "booking:quantity", "2"));
        fields.put("booking:buyerName", "");
        fields.put("booking:rows:0:participantName", "");
        fields.remove("booking:terms_input");
        HttpResponse<String> refused = browser.postForm("workshop.xhtml", fields);
        String page = refused.body();
        assertTrue(page.contains("Please enter your name."), "the buyer's name");
        assertTrue(page.contains("Each participant needs a name."), "the participant's name");
        assertTrue(page.contains("Please accept the booking terms to continue."), "the terms");
        assertTrue(page.contains("href=\"/atelier/terms\""), "the terms are a link away");
        assertEquals(0, TestDb.queryLong("select count(*) from booking where session_id = " + session));
    }

    @Test
    void refusalsAreInTheVisitorsLanguage() throws Exception {
        OpenForm open = openForm(0, "nl");
        long session = open.session();
        Http browser = open.browser();
        String page = open.page();
        assertTrue(page.contains("Boek je plaatsen"));
        HttpResponse<String> refused = browser.postForm("workshop.xhtml", form(page, Map.of(
                "booking:session", "" + session, "booking:quantity", "1", "booking:buyerEmail", "geen-adres")));
        assertTrue(refused.body().contains("Vul een geldig e-mailadres in."), refused.body());
    }

    @Test
    void theCancellationTermsAreShownBeforeBookingAndABookingKeepsTheOnesItWasMadeUnder() throws Exception {
        long workshop = Fixtures.publishedWorkshop(4000, 4);
        long session = Fixtures.session(workshop, Duration.ofDays(5), 10, 0);
        String slug = Fixtures.slugOf(workshop);
        Instant start = Instant.parse(TestDb.queryString(
                "select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from session where id = " + session));
        String standard = "Cancel by " + shown(start.minus(Duration.ofHours(48))) + " to get all your money back, or by "
                + shown(start.minus(Duration.ofHours(24))) + " to get 50% back; after that, nothing is refunded.";
        assertTrue(new Http(base).get("book/" + slug).body().contains(standard), "the terms, before booking");
        assertTrue(new Http(base, "Accept-Language", "nl").get("book/" + slug).body()
                .contains("Annuleer vóór " + Formats.dateTime(start.minus(Duration.ofHours(48)), AMSTERDAM, "nl")
                        + " en je krijgt alles terug"), "and in Dutch");

        jakarta.json.JsonObject held = jakarta.json.Json.createReader(new java.io.StringReader(new Http(base).post(
                "api/v1/bookings", "{\"sessionId\":" + session + ",\"quantity\":1,\"buyer\":{\"name\":\"Pol Icy\","
                        + "\"email\":\"pol.icy@example.org\"}}", Map.of("Content-Type", "application/json")).body())).readObject();
        // The admin makes the terms stricter afterwards: the booking keeps the ones it was made under.
        TestDb.queryLong("update workshop set cancel_full_hours = 96, cancel_partial_hours = 72, cancel_partial_percent = 25"
                + " where id = " + workshop + " returning 1");
        String bookingPage = new Http(base).get("booking/" + held.getString("reference") + "?t=" + held.getString("token")).body();
        assertTrue(bookingPage.contains(standard), bookingPage);
        assertTrue(new Http(base).get("book/" + slug).body().contains("Cancel by " + shown(start.minus(Duration.ofHours(96)))
                + " to get all your money back, or by " + shown(start.minus(Duration.ofHours(72))) + " to get 25% back"),
                "new bookings get the new terms");
    }

    private static String shown(Instant at) {
        return Formats.dateTime(at, AMSTERDAM, "en");
    }

    /** A session of a workshop of its own, and its booking form as a visitor opened it. */
    private record OpenForm(long session, String slug, Http browser, String page) {
    }

    private OpenForm openForm(int seatsTaken) throws Exception {
        return openForm(seatsTaken, "en");
    }

    private OpenForm openForm(int seatsTaken, String language) throws Exception {
        long workshop = Fixtures.publishedWorkshop(4000, 4);
        long session = Fixtures.session(workshop, Duration.ofDays(3), 10, seatsTaken);
        String slug = Fixtures.slugOf(workshop);
        // A browser sends its languages with every request, the form's postbacks included.
        Http browser = new Http(base, "Accept-Language", language);
        return new OpenForm(session, slug, browser, browser.get("book/" + slug).body());
    }

    private void assertRefused(String slug, Map<String, String> overrides, String message) throws Exception {
        Http browser = new Http(base);
        String page = browser.get("book/" + slug).body();
        HttpResponse<String> response = browser.postForm("workshop.xhtml", form(page, overrides));
        assertEquals(200, response.statusCode(), "stays on the page");
        assertTrue(response.body().contains(message), "expected '" + message + "' for " + overrides);
    }

    /** A complete, valid submission of the booking form, with some fields replaced. */
    private static Map<String, String> form(String page, Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>();
        fields.put("booking", "booking");
        fields.put("booking:buyerName", "Form Tester");
        fields.put("booking:buyerEmail", "form.tester@example.org");
        fields.put("booking:terms_input", "on");
        fields.put("booking:book", "booking:book");
        fields.put("jakarta.faces.ViewState", Http.viewState(page));
        // The page keeps no state on the server: the form carries its workshop and its key.
        for (String hidden : new String[] {"slug", "formKey"}) {
            Matcher field = Pattern.compile("name=\"" + hidden + "\" value=\"([^\"]*)\"").matcher(page);
            if (!field.find()) {
                throw new AssertionError("No " + hidden + " field in the form");
            }
            fields.put(hidden, field.group(1));
        }
        fields.putAll(overrides);
        fields.values().removeIf(String::isEmpty);
        return fields;
    }
}
