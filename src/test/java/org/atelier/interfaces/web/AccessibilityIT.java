package org.atelier.interfaces.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Accounts;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.Studio;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.web.Axe;
import org.atelier.testing.web.BrowserJourney;
import org.atelier.testing.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page a visitor or an admin uses, checked by axe-core against WCAG 2.1 A and AA, in
 * English on a laptop and in Dutch on a phone, including the states with inline messages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Test
    void aVisitorsPagesHaveNoAccessibilityViolationsInEnglishOrDutch() throws Exception {
        long workshop = Fixtures.publishedWorkshop(3500, 4, "ceramics");
        long session = Fixtures.session(workshop, Duration.ofDays(7), 8, 0);
        Fixtures.session(workshop, Duration.ofDays(14), 8, 0); // somewhere to move the booking to
        String title = TestDb.queryString("select title from workshop where id = " + workshop);
        var held = Json.createReader(new StringReader(new Http(base).post("api/v1/bookings", "{\"sessionId\":" + session
                + ",\"quantity\":2,\"language\":\"nl\",\"buyer\":{\"name\":\"Anna Toegang\",\"email\":\"anna.toegang@example.org\"}}",
                Map.of("Content-Type", "application/json")).body())).readObject();
        String bookingPage = held.getString("paymentUrl").replaceFirst("^https?://[^/]+/", "");
        Map<String, List<String>> found = new LinkedHashMap<>();
        long service = Studio.service(6000, 60, Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 0, 60).id());
        String servicePage = "studio/" + TestDb.queryString("select slug from workshop where id = " + service);

        inBrowser("a11y-visitor-en", "en-GB", 1280, 900, page -> {
            check(found, page, "book", "book");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
            found.put("workshop", Axe.violations(page));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            assertThat(page.locator(".ui-message-error, .ui-messages-error").first()).isVisible();
            found.put("workshop with its inline messages", Axe.violations(page));
            page.getByLabel("Your name").fill("Ada Access");
            page.getByLabel("Your e-mail address").fill("ada.access@example.org");
            page.getByText("I accept the booking terms").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            assertThat(page.getByText("Sandbox payment: no money moves")).isVisible();
            found.put("sandbox payment", Axe.violations(page));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
            found.put("booking page", Axe.violations(page));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel booking…")).click();
            assertThat(page.locator("#cancelPreview")).containsText("you get €35.00 of €35.00 back");
            found.put("booking page asking to cancel", Axe.violations(page));
            check(found, page, "signin", "sign in");
            check(found, page, "signup", "sign up");
            check(found, page, "account/forgot", "forgotten password");
            check(found, page, "account/reset?token=not-a-real-token", "reset with a spent link");
            check(found, page, "no-such-page", "not found");
            check(found, page, "terms", "terms");
            check(found, page, "help", "help");
            check(found, page, "waitlist?session=" + session, "waitlist");
            check(found, page, "studio", "studio");
            check(found, page, servicePage, "service");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            assertThat(page.locator(".ui-message-error, .ui-messages-error").first()).isVisible();
            found.put("service with its inline messages", Axe.violations(page));
            page.locator(".service-days__list a").nth(1).click();
            assertThat(page.locator(".service-days__list a[aria-current='date']")).hasCount(1);
            found.put("service on another day", Axe.violations(page));
        });
        inBrowser("a11y-visitor-nl", "nl-NL", 360, 780, page -> {
            check(found, page, "book", "book (nl, phone)");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
            found.put("workshop (nl, phone)", Axe.violations(page));
            check(found, page, "terms", "terms (nl, phone)");
            check(found, page, "help", "help (nl, phone)");
            check(found, page, "studio", "studio (nl, phone)");
            check(found, page, servicePage, "service (nl, phone)");
            check(found, page, "waitlist?session=" + session, "waitlist (nl, phone)");
            check(found, page, bookingPage, "held booking (nl, phone)");
            page.locator("[id='bookingPage:pay']").click();
            assertThat(page.locator(".sandbox__banner")).isVisible();
            found.put("sandbox payment (nl, phone)", Axe.violations(page));
            page.locator("[id='sandbox:pay']").click();
            assertThat(page.locator("#status[data-state='CONFIRMED']")).isVisible();
            found.put("booking page (nl, phone)", Axe.violations(page));
            page.locator("[id='bookingPage:askToCancel']").click();
            assertThat(page.locator("#cancelPreview")).containsText("terug op de kaart waarmee je betaalde");
            found.put("booking page asking to cancel (nl, phone)", Axe.violations(page));
            page.locator("[id='bookingPage:keepBooking']").click();
            assertThat(page.locator("[id='bookingPage:askToCancel']")).isVisible();
            assertThat(page.locator("[id='bookingPage:changeTo']")).isVisible();
            page.locator("[id='bookingPage:askGiveBack']").click();
            assertThat(page.locator("#giveBackPreview")).containsText("Je houdt 1 plaats, die nu ");
            found.put("booking page giving seats back (nl, phone)", Axe.violations(page));
            page.locator("[id='bookingPage:keepAllSeats']").click();
            // Only how the page draws a cancelled booking matters here, not how it came to be.
            TestDb.execute("update booking set state = 'REFUNDED' where reference = '" + held.getString("reference") + "'");
            page.reload();
            assertThat(page.locator("#status[data-state='REFUNDED']")).isVisible();
            found.put("cancelled booking page (nl, phone)", Axe.violations(page));
        });
        Accounts.TestAccount resident = Accounts.create("RESIDENT_ARTIST", "HOST");
        // The host runs the workshop just booked, so their page lists a session with who comes.
        TestDb.execute("update workshop set host_account_id = " + resident.id() + " where id = " + workshop);
        inBrowser("a11y-account", "en-GB", 1280, 900, page -> {
            signedIn(page, resident);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect Google Calendar"))).isVisible();
            assertThat(page.locator(".hosted-session[data-session='" + session + "']")).containsText("Ada Access");
            found.put("account of a host", Axe.violations(page));
            page.navigate(base + "account?lang=nl");
            assertThat(page.locator(".hosted-session[data-session='" + session + "']")).containsText("Ada Access");
            found.put("account of a host (nl)", Axe.violations(page));
        });

        assertEquals(Map.of(), withViolations(found));
    }

    @Test
    void anAdminsPagesHaveNoAccessibilityViolations() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4, "drawing"), Duration.ofDays(4), 6, 0);
        var held = new Http(base).post("api/v1/bookings", "{\"sessionId\":" + session
                + ",\"quantity\":1,\"buyer\":{\"name\":\"Ann View\",\"email\":\"ann.view@example.org\"}}",
                Map.of("Content-Type", "application/json"));
        String reference = Json.createReader(new StringReader(held.body())).readObject().getString("reference");
        // Someone waiting, so the waitlist page draws a row with its controls.
        TestDb.execute("insert into waitlist_entry (id, reference, session_id, seats, name, email, language, state,"
                + " joined_at, updated_at) values (nextval('waitlist_entry_id_seq'), 'W" + reference + "', " + session
                + ", 1, 'Wanda Wait', 'wanda.wait@example.org', 'en', 'WAITING', now(), now())");
        Accounts.TestAccount admin = Accounts.create("ADMIN");
        Map<String, List<String>> found = new LinkedHashMap<>();

        inBrowser("a11y-admin", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            List<String> paths = List.of("admin", "admin/bookings", "admin/booking?ref=" + reference, "admin/payments",
                    "admin/users", "admin/pricing", "admin/workshops", "admin/sessions", "admin/analytics", "admin/audit",
                    "admin/waitlist?session=" + session, "admin/studio");
            for (String path : paths) {
                check(found, page, path, path);
            }
            page.navigate(base + "admin/booking?ref=" + reference);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel booking")).click();
            assertThat(page.locator("#cancelRefund")).isVisible();
            found.put("admin/booking with the cancel dialog", Axe.violations(page));
            for (String path : paths) {
                check(found, page, path + (path.contains("?") ? "&" : "?") + "lang=nl", path + " (nl)");
            }
        });

        assertEquals(Map.of(), withViolations(found));
    }

    private void check(Map<String, List<String>> found, Page page, String path, String name) {
        page.navigate(base + path);
        page.waitForLoadState();
        found.put(name, Axe.violations(page));
    }

    private static Map<String, List<String>> withViolations(Map<String, List<String>> found) {
        Map<String, List<String>> failing = new LinkedHashMap<>(found);
        failing.values().removeIf(List::isEmpty);
        return failing;
    }
}
