package org.atelier.interfaces.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Accounts;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.fake.FakeGoogle;
import org.atelier.testing.web.BrowserJourney;
import org.atelier.testing.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

/**
 * A host connects Google Calendar in a real browser (Google's side is FakeGoogle, reached by the
 * real Google clients), and the bookings of the host's workshops come and go in that calendar.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarJourneyIT extends BrowserJourney {

    private static final Duration SYNC = Duration.ofSeconds(30);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Test
    void aHostConnectsGoogleCalendarAndTheBookingsOfTheirWorkshopComeAndGoThere() throws Exception {
        Accounts.TestAccount host = Accounts.create("HOST");
        long workshop = hostedWorkshop(host);
        long session = Fixtures.session(workshop, Duration.ofDays(9), 10, 0);
        String title = TestDb.queryString("select title from workshop where id = " + workshop);
        String before = paidBooking(session, 2, "Bea Before", unique("before") + "@example.org");

        inBrowser("host-connects", "en-GB", 1280, 900, page -> {
            signedIn(page, host);
            connectGoogleCalendar(page);
            assertThat(page.getByText("Your Google Calendar is connected.")).isVisible();
            assertThat(page.locator("#calendarStatus")).hasAttribute("data-status", "CONNECTED");
        });
        String refreshToken = FakeGoogle.refreshTokensIssued().get(FakeGoogle.refreshTokensIssued().size() - 1);
        assertEquals(0, TestDb.queryLong("select count(*) from calendar_connection where account_id = " + host.id()
                + " and position(convert_to('" + refreshToken + "', 'UTF8') in refresh_token_cipher) > 0"),
                "the refresh token is kept only sealed");

        JsonObject earlier = awaitEvent(before, "confirmed");
        assertTrue(earlier.getString("summary").startsWith(title + ": Bea Before (2 seats)"), earlier.toString());
        Instant start = TestDb.queryObject("select starts_at from session where id = " + session, OffsetDateTime.class)
                .toInstant();
        assertEquals(start, OffsetDateTime.parse(earlier.getJsonObject("start").getString("dateTime")).toInstant());
        assertEquals("Europe/Amsterdam", earlier.getJsonObject("start").getString("timeZone"));

        String after = paidBooking(session, 1, "Abe After", unique("after") + "@example.org");
        assertEquals(title + ": Abe After", awaitEvent(after, "confirmed").getString("summary"));

        cancelSessionAsAdmin(title);
        awaitEvent(before, "cancelled");
        awaitEvent(after, "cancelled");
    }

    @Test
    void whenGoogleRefusesTheTokenTheHostAndTheAdminsSeeItAndReconnectingCatchesUp() throws Exception {
        Accounts.TestAccount host = Accounts.create("HOST");
        long session = Fixtures.session(hostedWorkshop(host), Duration.ofDays(11), 10, 0);
        inBrowser("host-connects-first", "en-GB", 1280, 900, page -> {
            signedIn(page, host);
            connectGoogleCalendar(page);
            assertThat(page.getByText("Your Google Calendar is connected.")).isVisible();
        });

        FakeGoogle.revokeAll(); // the host removed Atelier's access in their Google account
        String missed = paidBooking(session, 1, "Mia Missed", unique("missed") + "@example.org");
        awaitStatus(host, "RECONNECT_NEEDED");
        assertTrue(FakeGoogle.event("primary", eventId(missed)).isEmpty());

        Accounts.TestAccount admin = Accounts.create("ADMIN");
        inBrowser("admin-sees-calendar", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin");
            assertThat(page.locator("[id='overview:calendars'] tbody tr", new Page.LocatorOptions().setHasText(host.email())))
                    .containsText("invalid_grant");
        });
        inBrowser("host-reconnects", "nl-NL", 390, 844, page -> {
            page.navigate(base + "signin");
            page.getByLabel("E-mailadres").fill(host.email());
            page.getByLabel("Wachtwoord").fill(host.password());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
            page.navigate(base + "account");
            assertThat(page.getByText("Google geeft Atelier geen toegang meer tot je agenda.")).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opnieuw koppelen")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Allow")).click();
            assertThat(page.getByText("Je Google Agenda is gekoppeld.")).isVisible();
        });
        awaitEvent(missed, "confirmed");
    }

    @Test
    void aSessionIsNotScheduledWhenTheHostsCalendarIsBusyThen() throws Exception {
        Accounts.TestAccount host = Accounts.create("HOST");
        long workshop = hostedWorkshop(host);
        String title = TestDb.queryString("select title from workshop where id = " + workshop);
        inBrowser("host-connects-for-busy", "en-GB", 1280, 900, page -> {
            signedIn(page, host);
            connectGoogleCalendar(page);
            assertThat(page.getByText("Your Google Calendar is connected.")).isVisible();
        });
        // Far enough ahead that no other test's sessions or busy times are near.
        LocalDate firstWeek = LocalDate.now(AMSTERDAM).plusDays(200 + (int) (host.id() % 50));
        Instant dentist = firstWeek.plusWeeks(1).atTime(19, 0).atZone(AMSTERDAM).toInstant();
        FakeGoogle.busy("primary", dentist, dentist.plus(Duration.ofMinutes(45)));

        Accounts.TestAccount admin = Accounts.create("ADMIN");
        inBrowser("admin-schedules-busy-host", "en-GB", 1280, 1000, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/workshops");
            schedule(page, title, firstWeek + " 18:30");
            assertThat(page.getByText("The host is busy at " + firstWeek.plusWeeks(1) + " 18:30, says their Google Calendar."))
                    .isVisible();
            assertEquals(0, TestDb.queryLong("select count(*) from session where workshop_id = " + workshop),
                    "none of the series is scheduled");
            schedule(page, title, firstWeek + " 10:00");
            assertThat(page.getByText("3 session(s) scheduled.")).isVisible();
        });
        assertEquals(3, TestDb.queryLong("select count(*) from session where workshop_id = " + workshop));
    }

    @Test
    void aHostWhoDeniesAccessOrDisconnectsLeavesNoTokenBehind() throws Exception {
        Accounts.TestAccount host = Accounts.create("HOST");
        hostedWorkshop(host);
        inBrowser("host-denies-then-disconnects", "en-GB", 1280, 900, page -> {
            signedIn(page, host);
            page.navigate(base + "account");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect Google Calendar")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deny")).click();
            assertThat(page.getByText("Google Calendar was not connected: access was not granted.")).isVisible();
            assertEquals(0, TestDb.queryLong("select count(*) from calendar_connection where account_id = " + host.id()));

            connectGoogleCalendar(page);
            String token = FakeGoogle.refreshTokensIssued().get(FakeGoogle.refreshTokensIssued().size() - 1);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disconnect")).click();
            assertThat(page.getByText("Your Google Calendar is disconnected.")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect Google Calendar")))
                    .isVisible();
            assertTrue(FakeGoogle.isRevoked(token), "Google was asked to forget the grant");
        });
        assertEquals(0, TestDb.queryLong("select count(*) from calendar_connection where account_id = " + host.id()));
    }

    @Test
    void anAnswerFromGoogleThatThisBrowserDidNotAskForChangesNothing() throws Exception {
        Accounts.TestAccount host = Accounts.create("HOST");
        Http http = new Http(base);
        Accounts.signIn(http, host.email(), host.password());
        var forged = http.get("api/calendar/google/callback?code=4%2Ffake-stolen&state=guessed");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().contains("\"status\":400"), forged.body());
        assertEquals(0, TestDb.queryLong("select count(*) from calendar_connection where account_id = " + host.id()));

        Accounts.TestAccount visitor = Accounts.create();
        Http visitorHttp = new Http(base);
        Accounts.signIn(visitorHttp, visitor.email(), visitor.password());
        assertEquals(403, visitorHttp.get("api/calendar/google/connect").statusCode(), "only hosts connect a calendar");
    }

    /** Three weekly sessions of the workshop from {@code firstStart} ("yyyy-MM-dd HH:mm", Amsterdam). */
    private static void schedule(Page page, String title, String firstStart) {
        page.locator("#scheduleForm\\:workshop").click();
        // Typed into the menu's filter: a long list would scroll the page, which closes PrimeFaces' panel.
        page.locator("#scheduleForm\\:workshop_filter").fill(title);
        page.locator("#scheduleForm\\:workshop_items li:visible", new Page.LocatorOptions().setHasText(title)).click();
        assertThat(page.locator("#scheduleForm\\:workshop_label")).hasText(title);
        page.locator("#scheduleForm\\:firstStart_input").fill(firstStart);
        page.locator("#scheduleForm\\:location").fill("Print room");
        page.getByLabel("Seats", EXACT).fill("8");
        page.getByLabel("Weekly, this many times").fill("3");
        page.locator("#scheduleForm\\:schedule").click();
    }

    private void cancelSessionAsAdmin(String title) throws Exception {
        Accounts.TestAccount admin = Accounts.create("ADMIN");
        inBrowser("admin-cancels-hosted-session", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/sessions");
            page.locator("tr", new Page.LocatorOptions().setHasText(title))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel session")).first().click();
            page.locator("#cancelSessionForm\\:reason").fill("The host is ill");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the session and refund")).click();
            assertThat(page.getByText(title + " is cancelled;")).isVisible();
        });
    }

    private static long hostedWorkshop(Accounts.TestAccount host) throws Exception {
        long workshop = Fixtures.publishedWorkshop(3000, 4, "printmaking");
        TestDb.execute("update workshop set host_account_id = " + host.id() + " where id = " + workshop);
        return workshop;
    }

    private static String eventId(String reference) throws Exception {
        return "atelier" + TestDb.queryLong("select id from booking where reference = '" + reference + "'");
    }

    /** The booking's event in the host's calendar once it has the status, as the outbox gets there within seconds. */
    private static JsonObject awaitEvent(String reference, String status) throws Exception {
        String id = eventId(reference);
        return await("event " + id + " of booking " + reference + " in the calendar, " + status).atMost(SYNC)
                .until(() -> FakeGoogle.event("primary", id), event -> event.map(e -> status.equals(e.getString("status")))
                        .orElse(false))
                .orElseThrow();
    }

    private static void awaitStatus(Accounts.TestAccount host, String status) {
        String sql = "select status from calendar_connection where account_id = " + host.id();
        await().atMost(SYNC).untilAsserted(() -> assertEquals(status, TestDb.queryString(sql)));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
