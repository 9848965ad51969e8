package org.atelier;

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

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation, deployed as it ships on Payara Micro against this run's own, initially empty
 * PostgreSQL database: the schema comes from sql/, the database guards seats, the demo catalogue
 * shows on /book, and /health reports the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationIT extends DeployedAtelier {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }



    @Test
    void everyScriptInSqlIsAppliedToTheEmptyDatabase() throws Exception {
        Map<String, String> scripts = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("atelier.sql.dir")))) {
            files.map(path -> path.getFileName().toString()).filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .forEach(name -> scripts.put(name.substring(1, name.indexOf("__")), name));
        }
        Map<String, String> applied = new TreeMap<>();
        try (Connection db = TestDb.connect(); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select version, script from flyway_schema_history where success")) {
            while (rs.next()) {
                applied.put(rs.getString(1), rs.getString(2));
            }
        }
        assertFalse(scripts.isEmpty(), "sql/ holds the migrations");
        assertEquals(scripts, applied);
    }

    @Test
    void theDatabaseRefusesToOverbookEvenWhenTheCodeForgetsToCheck() throws Exception {
        long sessionId = newSession(5);
        // Twenty writers race with an update that does not check capacity; the constraint alone must hold.
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            attempts.add(pool.submit(() -> {
                try (Connection db = TestDb.connect(); PreparedStatement take = db.prepareStatement(
                        "update session set seats_taken = seats_taken + 1 where id = ?")) {
                    take.setLong(1, sessionId);
                    return take.executeUpdate() == 1;
                } catch (SQLException e) {
                    assertEquals("23514", e.getSQLState(), "a check violation, not another failure: " + e.getMessage());
                    return false;
                }
            }));
        }
        int taken = 0;
        for (Future<Boolean> attempt : attempts) {
            taken += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(5, taken);
        assertEquals(5, seatsTaken(sessionId));

        try (Connection db = TestDb.connect(); Statement statement = db.createStatement()) {
            SQLException negative = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update session set seats_taken = -1 where id = " + sessionId));
            assertEquals("23514", negative.getSQLState());
        }
    }

    @Test
    void bookShowsEveryPublishedDemoWorkshopAsACard() throws Exception {
        HttpResponse<String> page = new Http(base).get("/book", "Accept-Language", "en-GB,en;q=0.8");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<html") && html.contains("lang=\"en\""), "an English page");

        List<String> slugs = demoSlugs();
        assertEquals(13, slugs.size(), "the demo catalogue was loaded");
        for (String slug : slugs) {
            assertTrue(html.contains("data-slug=\"" + slug + "\""), "a card for " + slug);
        }
        assertFalse(html.contains("data-slug=\"studio-time\""), "studio time is booked by time, on /studio, not as a workshop");
        assertTrue(html.contains("href=\"/atelier/studio\""), "/book leads to the studio");
        assertTrue(card(html, "natural-dyeing").contains(">Full<"), "the one full workshop says Full");
        assertTrue(card(html, "open-life-drawing").contains(">Free<"), "a free workshop says Free");
        assertTrue(card(html, "wheel-throwing-basics").contains(">€65.00</span>"), "a guest's price, in euros");
        assertTrue(card(html, "wheel-throwing-basics").contains("Resident artists: free"), "the advertised residents' price");
        assertTrue(card(html, "community-mural").contains("Group of 10: €400.00"), "the group price");
        assertTrue(card(html, "wheel-throwing-basics").contains("1 seat left"), "seats left of the next session");
        assertTrue(card(html, "wheel-throwing-basics").contains("Wheel throwing basics"), "the English title");
        assertTrue(html.contains("Times are in Amsterdam time."), "the zone as people say it");
        assertFalse(html.contains("your own time"), "no second zone for a browser that has not told its own");
    }

    @Test
    void theDemosSeatCountsAreTheSeatsItsBookingsHold() throws Exception {
        // Seats left on the cards come from each session's count, taken as every hold takes them.
        assertEquals(0, TestDb.queryLong("""
                select count(*) from session s join workshop w on w.id = s.workshop_id
                where w.slug in (%s) and s.seats_taken <> (select coalesce(sum(b.quantity), 0) from booking b
                    where b.session_id = s.id and b.state in ('HELD', 'PAYMENT_PENDING', 'PAYMENT_FAILED', 'CONFIRMED',
                        'COMPLETED', 'PARTIALLY_REFUNDED'))""".formatted(String.join(",",
                demoSlugs().stream().map(slug -> "'" + slug + "'").toList()))));
        assertTrue(TestDb.queryLong("select count(*) from session where seats_taken > 0") > 100, "a year of booked sessions");
    }

    @Test
    void bookSpeaksDutchToADutchBrowserAndSwitchesLanguageOnRequest() {
        Http browser = new Http(base);
        String dutch = browser.get("/book", "Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5").body();
        assertTrue(dutch.contains("lang=\"nl\""));
        assertTrue(dutch.contains("Boek een workshop"));
        assertTrue(card(dutch, "natural-dyeing").contains(">Vol<"));
        assertTrue(card(dutch, "sketchbook-club").contains(">Gratis<"));
        assertTrue(card(dutch, "wheel-throwing-basics").contains(">€\u00a065,00</span>"), "Dutch money format, with a non-breaking space");
        assertTrue(card(dutch, "wheel-throwing-basics").contains("Huiskunstenaars: gratis"));
        assertTrue(card(dutch, "wheel-throwing-basics").contains("Draaien op de schijf: de basis"), "the Dutch title");
        assertTrue(dutch.contains("Tijden zijn in Nederlandse tijd."));

        java.util.regex.Matcher english = java.util.regex.Pattern.compile("href=\"([^\"]+)\"[^>]*id=\"lang-en\"").matcher(dutch);
        assertTrue(english.find(), "a link to the English page");
        assertEquals("/atelier/book?lang=en", english.group(1));
        HttpResponse<String> switched = browser.get(english.group(1).replaceFirst("^/atelier/", ""));
        assertEquals(200, switched.statusCode());
        assertTrue(switched.body().contains("Book a workshop"), "English after pressing English");
        assertTrue(browser.get("/book", "Accept-Language", "nl").body().contains("Book a workshop"),
                "the choice outlives the browser's preference for the rest of the visit");
    }

    @Test
    void aVisitorWhoseClockDiffersFromTheWorkspaceIsToldTheirOwnTimeIsInBrackets() {
        String london = new Http(base).get("/book", "Accept-Language", "en-GB", "Cookie", "atelier_tz=Europe%2FLondon").body();
        assertTrue(london.contains("Times are in Amsterdam time; your own time (British Time) is shown in brackets."),
                "the visitor's own zone beside the workspace's");
        String paris = new Http(base).get("/book", "Accept-Language", "en-GB", "Cookie", "atelier_tz=Europe%2FParis").body();
        assertTrue(paris.contains("Times are in Amsterdam time.") && !paris.contains("your own time"),
                "Paris keeps Amsterdam's clock all year: nothing to add");
        String dutch = new Http(base).get("/book", "Accept-Language", "nl", "Cookie", "atelier_tz=America%2FNew_York").body();
        assertTrue(dutch.contains("Tijden zijn in Nederlandse tijd; je eigen tijd (Eastern-tijd) staat tussen haakjes."));
    }

    @Test
    void anonymousVisitsOfTheCatalogueAndWorkshopPagesLeaveNoSessionOnTheServer() {
        for (String page : List.of("/book", "/book?lang=nl", "/book/wheel-throwing-basics", "/book/community-mural?lang=nl",
                "/no-such-page")) {
            HttpResponse<String> visit = new Http(base).get(page);
            assertTrue(visit.statusCode() == 200 || visit.statusCode() == 404, page);
            assertTrue(visit.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                    page + " started a session: " + visit.headers().allValues("Set-Cookie"));
        }
        assertTrue(new Http(base).get("/book?lang=nl").headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("atelier-lang=nl")), "the chosen language is remembered by the browser");
    }

    @Test
    void theBookingTermsAndCancellationPolicyAreAPageInBothLanguages() {
        String english = new Http(base).get("/terms").body();
        assertTrue(english.contains("<h1>Booking terms</h1>") && english.contains("Cancellation policy"), english);
        String dutch = new Http(base).get("/terms?lang=nl").body();
        assertTrue(dutch.contains("<h1>Boekingsvoorwaarden</h1>") && dutch.contains("Annuleringsbeleid"), dutch);
        assertTrue(new Http(base).get("/book").body().contains("href=\"/atelier/terms\""), "linked from every page's footer");
    }

    @Test
    void aCategoryWithoutAWordIsShownAsWrittenAndTheCatalogueStillAnswers() throws Exception {
        long workshop = Fixtures.publishedWorkshop(2000, 2, "bookbinding");
        Fixtures.session(workshop, java.time.Duration.ofDays(3), 4, 0);
        HttpResponse<String> book = new Http(base).get("/book");
        assertEquals(200, book.statusCode());
        assertTrue(book.body().contains("workshop-card__category\">bookbinding<"), "the category as written");
        TestDb.execute("update workshop set status = 'DRAFT' where id = " + workshop);
    }

    @Test
    void theHelpPageAnswersVisitorsQuestionsInBothLanguagesAndEveryPageLinksToIt() {
        String english = new Http(base).get("/help").body();
        for (String question : List.of("How do I pay?", "How do I cancel, and do I get my money back?",
                "Can I move to another session?", "What do resident artists get?", "Where is my calendar invite?")) {
            assertTrue(english.contains(question), question);
        }
        String dutch = new Http(base).get("/help?lang=nl").body();
        assertTrue(dutch.contains("<h1>Hulp</h1>") && dutch.contains("Kan ik naar een andere sessie?"), dutch);
        for (String page : List.of("/book", "/terms", "/signin", "/no-such-page")) {
            assertTrue(new Http(base).get(page).body().contains("href=\"/atelier/help\""), page + " links to the help");
        }
    }

    @Test
    void healthIsUpWithADatabaseCheck() {
        HttpResponse<String> health = new Http(root()).get("/health");
        assertEquals(200, health.statusCode());
        String body = health.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\",\"status\":\"UP\""), body);
    }

    @Test
    void theSiteRootLeadsToBookAndUnknownPagesGetAFriendlyNotFound() {
        Http browser = new Http(base);
        HttpResponse<String> root = browser.get("/");
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElseThrow().endsWith("/book"));

        HttpResponse<String> missing = browser.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
    }

    private URL root() {
        try {
            return new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String card(String html, String slug) {
        int start = html.indexOf("data-slug=\"" + slug + "\"");
        assertTrue(start >= 0, "no card for " + slug);
        int end = html.indexOf("</li>", start);
        return html.substring(start, end);
    }

    /** Other tests add workshops whose slugs start with "test-"; the demo catalogue is everything else. */
    private static List<String> demoSlugs() throws SQLException {
        List<String> slugs = new ArrayList<>();
        try (Connection db = TestDb.connect(); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select slug from workshop where status = 'PUBLISHED' and kind = 'WORKSHOP' and slug not like 'test-%'")) {
            while (rs.next()) {
                slugs.add(rs.getString(1));
            }
        }
        return slugs;
    }

    /** A session of a draft workshop, so that nothing a visitor sees changes. */
    private static long newSession(int capacity) throws SQLException {
        try (Connection db = TestDb.connect(); Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    insert into workshop (id, slug, title, description, category, host_name, duration_minutes,
                        base_price_amount, base_price_currency, max_seats_per_booking, status, created_at, updated_at)
                    values (nextval('workshop_id_seq'), 'race-' || currval('workshop_id_seq'), 'Race', 'Race', 'test',
                        'Host', 60, 1000, 'EUR', 4, 'DRAFT', now(), now())""");
            statement.executeUpdate("""
                    insert into session (id, workshop_id, starts_at, ends_at, location, capacity, status, created_at)
                    values (nextval('session_id_seq'), currval('workshop_id_seq'), now() + interval '7 days',
                        now() + interval '7 days 2 hours', 'Studio', %d, 'SCHEDULED', now())""".formatted(capacity));
            try (ResultSet rs = statement.executeQuery("select currval('session_id_seq')")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int seatsTaken(long sessionId) throws SQLException {
        try (Connection db = TestDb.connect(); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery("select seats_taken from session where id = " + sessionId)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
