package org.atelier.interfaces.web.book;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.component.VEvent;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.fake.Mails;
import org.atelier.testing.fake.TestMailServer;
import org.atelier.testing.web.BrowserJourney;
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
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user's Scenario 1 in a real browser: a visitor books two seats and pays in the sandbox. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Test
    void aVisitorBooksTwoSeatsPaysInTheSandboxAndGetsTheConfirmationWithAnInvite() throws Exception {
        long workshop = Fixtures.publishedWorkshop(4500, 4, "printmaking");
        long session = Fixtures.session(workshop, Duration.ofDays(6), 10, 2);
        String title = TestDb.queryString("select title from workshop where id = " + workshop);
        Instant start = TestDb.queryObject("select starts_at from session where id = " + session, OffsetDateTime.class)
                .toInstant();

        inBrowser("journey", "en-GB", 1280, 900, page -> walkScenarioOne(page, title));

        assertEquals(4, Fixtures.seatsTaken(session));
        MimeMessage mail = TestMailServer.awaitMessage("ada.journey@example.org",
                message -> Mails.subject(message).contains(title), Duration.ofSeconds(30));
        assertTrue(Mails.subject(mail).startsWith("Booking confirmed: " + title));
        assertTrue(Mails.text(mail).contains("Cancellation: Cancel by ") && Mails.text(mail).contains("to get 50% back"),
                "the cancellation terms the booking was made under, with their deadlines");
        VEvent event = Mails.calendar(mail).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals(title, event.getSummary().orElseThrow().getValue());
        Temporal dtStart = event.getDateTimeStart().orElseThrow().getDate();
        assertEquals(start, Instant.from(dtStart));
        assertEquals(1, TestMailServer.countTo("ada.journey@example.org"), "one confirmation, not two");
    }

    /** The user's Scenario 4: the buyer cancels a paid booking within the policy and gets the money back. */
    @Test
    void aBuyerCancelsAPaidBookingAndGetsAllBackThreeDaysAheadHalfAt30HoursAndNothingAt12() throws Exception {
        long workshop = Fixtures.publishedWorkshop(4000, 4, "drawing");
        record Case(Duration ahead, String preview, long refunded) {
        }
        for (Case when : List.of(
                new Case(Duration.ofDays(3), "you get €40.00 of €40.00 back on the card you paid with", 4000),
                new Case(Duration.ofHours(30), "you get €20.00 of €40.00 back on the card you paid with", 2000),
                new Case(Duration.ofHours(12), "nothing is refunded: the session starts in less than 24 hours", 0))) {
            long session = Fixtures.session(workshop, when.ahead(), 10, 0);
            String email = "cancel." + when.ahead().toHours() + "." + System.nanoTime() + "@example.org";
            jakarta.json.JsonObject held = jakarta.json.Json.createReader(new java.io.StringReader(new Http(base).post(
                    "api/v1/bookings", "{\"sessionId\":" + session + ",\"quantity\":1,\"buyer\":{\"name\":\"Can Celia\","
                            + "\"email\":\"" + email + "\"}}", java.util.Map.of("Content-Type", "application/json")).body()))
                    .readObject();
            String reference = held.getString("reference");
            inBrowser("cancel-" + when.ahead().toHours(), "en-GB", 1280, 900, page -> {
                page.navigate(base + "booking/" + reference + "?t=" + held.getString("token"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel booking…")).click();
                assertThat(page.locator("#cancelPreview")).containsText(when.preview());
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel my booking")).click();
                assertThat(page.getByText("Your booking is cancelled.")).isVisible();
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel booking…")))
                        .hasCount(0);
            });
            assertEquals(0, Fixtures.seatsTaken(session), "the seat goes back, whatever the refund");
            String refunds = "from refund r join booking b on b.id = r.booking_id where b.reference = '" + reference + "'";
            if (when.refunded() == 0) {
                assertEquals(0, TestDb.queryLong("select count(*) " + refunds));
                assertEquals("CANCELLED", TestDb.queryString("select state from booking where reference = '" + reference + "'"));
                continue;
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("SUCCEEDED " + when.refunded(),
                    TestDb.queryString("select r.status || ' ' || r.amount " + refunds)));
            MimeMessage refundMail = TestMailServer.awaitMessage(email,
                    message -> Mails.subject(message).startsWith("Refund of"), Duration.ofSeconds(30));
            assertTrue(Mails.subject(refundMail).contains(reference), Mails.subject(refundMail));
        }
    }

    @Test
    void aDeclinedCardKeepsTheSeatsHeldWithACountdownAndPayingAgainConfirms() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2000, 4, "drawing"), Duration.ofDays(3), 5, 0);
        HttpResponse<String> held = new Http(base).post("api/v1/bookings", "{\"sessionId\":" + session
                + ",\"quantity\":1,\"buyer\":{\"name\":\"Dee Cline\",\"email\":\"dee@example.org\"}}",
                java.util.Map.of("Content-Type", "application/json"));
        String bookingPage = jakarta.json.Json.createReader(new java.io.StringReader(held.body())).readObject()
                .getString("paymentUrl").replaceFirst("^https?://[^/]+/", base.toString());

        inBrowser("declined", "en-GB", 390, 844, page -> {
            page.navigate(bookingPage);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your seats are held")))
                    .isVisible();
            assertThat(page.locator(".countdown")).containsText(Pattern.compile("\\((29|30):\\d\\d left\\)"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The payment did not go through")))
                    .isVisible();
            assertThat(page.locator(".countdown")).containsText("left");
            assertEquals(1, Fixtures.seatsTaken(session), "the seats stay held");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
        });
    }

    @Test
    void theLanguageSwitchIsALinkThatKeepsEachFriendlyAddressAndSurvivesAReload() throws Exception {
        long workshop = Fixtures.publishedWorkshop(3000, 4, "drawing");
        long session = Fixtures.session(workshop, Duration.ofDays(4), 10, 0);
        var held = jakarta.json.Json.createReader(new java.io.StringReader(new Http(base).post("api/v1/bookings",
                "{\"sessionId\":" + session + ",\"quantity\":1,\"buyer\":{\"name\":\"Lin Gua\",\"email\":\"lingua@example.org\"}}",
                java.util.Map.of("Content-Type", "application/json")).body())).readObject();
        String bookingPage = "booking/" + held.getString("reference") + "?t=" + held.getString("token");
        org.atelier.testing.db.Accounts.TestAccount admin = org.atelier.testing.db.Accounts.create("ADMIN");

        inBrowser("language", "en-GB", 1280, 900, page -> {
            page.navigate(base + "book");
            switchAndReload(page, "Nederlands", "book?lang=nl", "Boek een workshop");
            page.navigate(base + "book/" + Fixtures.slugOf(workshop));
            assertThat(page.getByLabel("Je naam")).isVisible();
            switchAndReload(page, "English", "book/" + Fixtures.slugOf(workshop) + "?lang=en", "Your name");
            page.navigate(base + bookingPage);
            switchAndReload(page, "Nederlands", bookingPage + "&lang=nl", "Je plaatsen zijn gereserveerd");
            page.navigate(base + "signin?lang=en");
            signedIn(page, admin);
            page.navigate(base + "admin/bookings");
            switchAndReload(page, "Nederlands", "admin/bookings?lang=nl", "Boekingen");
        });
    }

    /** Follows the language link, then reloads the address it led to: the page stays in that language. */
    private void switchAndReload(Page page, String language, String expectedAddress, String text) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(language).setExact(true)).click();
        page.waitForURL(base + expectedAddress);
        assertThat(page.getByText(text, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        page.reload();
        assertEquals(base + expectedAddress, page.url());
        assertThat(page.getByText(text, new Page.GetByTextOptions().setExact(true)).first()).isVisible();
    }

    /** /book, the workshop, two seats with a participant, the sandbox's Pay, and the confirmed booking page. */
    private void walkScenarioOne(Page page, String title) {
        page.navigate(base + "book");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        page.getByLabel("Seats", EXACT).selectOption("2");
        page.getByLabel(java.util.regex.Pattern.compile("^Participant 2\\W*$")).fill("Grace Hopper");
        assertThat(page.getByLabel("Participant 2: E-mail (optional)")).isEditable();
        assertThat(page.locator("#booking\\:summary")).containsText("2 × €45.00 = €90.00");
        page.getByLabel("Your name").fill("Ada Lovelace");
        page.getByLabel("Your e-mail address").fill("ada.journey@example.org");
        page.getByText("I accept the booking terms").click();
        assertTrue(page.context().cookies().stream().noneMatch(cookie -> cookie.name.equals("JSESSIONID")),
                "choosing a session and seats keeps nothing on the server until the visitor books");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();

        assertThat(page.getByText("Sandbox payment: no money moves")).isVisible();
        assertThat(page.locator(".price")).hasText("2 seat(s), in all €90.00");
        assertThat(page.locator(".booking-steps li[aria-current='step']")).hasText("Pay");
        assertThat(page.locator(".countdown")).containsText(Pattern.compile("\\(\\d+:\\d\\d left\\)"));
        // The way back leads to the booking, which offers the payment again while the seats are held.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your booking")).click();
        assertThat(page.getByText("Left the payment page without paying?")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to payment")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
        assertThat(page.locator(".details")).containsText("Grace Hopper");
        assertThat(page.locator(".details")).containsText("€90.00");
        assertThat(page.locator(".money-history")).containsText("Payment received");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to calendar"))).isVisible();
        assertTrue(Pattern.compile("/booking/[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}\\?t=").matcher(page.url()).find(),
                page.url());
    }
}
