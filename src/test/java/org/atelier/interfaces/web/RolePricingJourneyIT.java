package org.atelier.interfaces.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Accounts;
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

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user's Scenarios 2 and 3 in a real browser: a resident artist books free and is confirmed at
 * once; a visitor books ten seats at the group price. And a visitor who edits the form still pays
 * a visitor's price. The demo's rule (residents free, four times a month) is in force.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolePricingJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Test
    void aResidentArtistSeesFreeBooksWithoutPayingIsConfirmedAndGetsTheMail() throws Exception {
        long workshop = Fixtures.publishedWorkshop(6500, 4, "ceramics");
        long session = Fixtures.session(workshop, Duration.ofDays(5), 8, 0);
        String title = title(workshop);
        Accounts.TestAccount resident = Accounts.create("RESIDENT_ARTIST");

        inBrowser("scenario-2", "en-GB", 1280, 900, page -> {
            signedIn(page, resident);
            page.navigate(base + "book");
            Locator card = page.locator(".workshop-cards__item", new Page.LocatorOptions().setHasText(title));
            assertThat(card).containsText("Free for you");
            card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();

            assertThat(page.getByLabel("Your e-mail address")).hasValue(resident.email());
            assertThat(page.locator("#booking\\:summary")).containsText("Free: no payment needed.");
            page.getByText("I accept the booking terms").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book for free")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
            // Nothing was paid, so there is no paying step to tick: choose, then done.
            assertThat(page.locator(".booking-steps li")).hasText(new String[]{"Choose", "Done"});
            assertThat(page.locator(".booking-steps li[aria-current='step']")).hasText("Done");
        });

        MimeMessage mail = TestMailServer.awaitMessage(resident.email(),
                message -> Mails.subject(message).startsWith("Booking confirmed: " + title), Duration.ofSeconds(30));
        assertTrue(Mails.text(mail).contains("Total: Free"), Mails.text(mail));
        assertEquals(1, Fixtures.seatsTaken(session));
        String booking = "from booking where session_id = " + session;
        assertEquals("CONFIRMED", TestDb.queryString("select state " + booking));
        assertEquals(0, TestDb.queryLong("select total_amount " + booking));
        assertEquals(resident.id(), TestDb.queryLong("select account_id " + booking));
        assertEquals("Resident artists book free, 4 times a month", TestDb.queryString("select pricing_rule_name " + booking));
        assertEquals("VISITOR,RESIDENT_ARTIST", TestDb.queryString("select price_roles " + booking));
        assertEquals(0, TestDb.queryLong("select count(*) " + booking + " and payment_provider is not null"),
                "no payment provider was involved");
    }

    @Test
    void aVisitorBooksTenSeatsAtTheGroupPriceAndPaysInTheSandbox() throws Exception {
        long workshop = Fixtures.publishedWorkshop(5000, 12, "painting");
        long session = Fixtures.session(workshop, Duration.ofDays(9), 24, 0);
        Fixtures.groupPrice(workshop, 10, 40000);
        String title = title(workshop);

        inBrowser("scenario-3", "en-GB", 1280, 900, page -> {
            page.navigate(base + "book/" + slug(workshop));
            assertThat(page.locator(".workshop-page__price")).containsText("Group of 10: €400.00");
            page.getByLabel("Seats", EXACT).selectOption("10");
            for (int participant = 2; participant <= 10; participant++) {
                page.getByLabel(java.util.regex.Pattern.compile("^Participant " + participant + "\\W*$")).fill("Painter " + participant);
            }
            page.locator("#booking\\:rows\\:0\\:participantEmail").fill("painter2.group@example.org");
            assertThat(page.locator("#booking\\:summary")).containsText("Group of 10: €400.00");
            assertThat(page.locator("#booking\\:summary")).containsText("you save €100.00");
            page.getByLabel("Your name").fill("Gabriele Münter");
            page.getByLabel("Your e-mail address").fill("gabriele.group@example.org");
            page.getByText("I accept the booking terms").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();

            assertThat(page.getByText("Sandbox payment: no money moves")).isVisible();
            assertThat(page.locator(".price")).containsText("€400.00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
            assertThat(page.locator(".details")).containsText("€400.00 (Group of 10: €100.00 off)");
            assertThat(page.locator(".booking-steps li")).hasText(new String[]{"Choose", "Pay", "Done"});
            // The rule's name as it was booked, in Dutch for a Dutch reader.
            page.navigate(page.url() + "&lang=nl");
            assertThat(page.locator(".details")).containsText("(Groep van 10: €\u00a0100,00 korting)");
        });

        TestMailServer.awaitMessage("gabriele.group@example.org",
                message -> Mails.subject(message).startsWith("Booking confirmed: " + title), Duration.ofSeconds(30));
        MimeMessage participantMail = TestMailServer.awaitMessage("painter2.group@example.org",
                message -> Mails.subject(message).startsWith("You are booked: " + title), Duration.ofSeconds(30));
        assertTrue(Mails.text(participantMail).contains("Gabriele Münter has booked a seat for you."));
        assertFalse(Mails.text(participantMail).contains("/booking/"), "the booking's private link is the buyer's");
        assertEquals(1, TestMailServer.countTo("painter2.group@example.org"));
        assertEquals(10, Fixtures.seatsTaken(session));
        String booking = "from booking where session_id = " + session;
        assertEquals(40000, TestDb.queryLong("select total_amount " + booking));
        assertEquals(10000, TestDb.queryLong("select discount_amount " + booking));
        assertEquals("Group of 10", TestDb.queryString("select pricing_rule_name " + booking));
        assertEquals(9, TestDb.queryLong("select count(*) from booking_participant p join booking b on b.id = p.booking_id"
                + " where b.session_id = " + session));

        // The scenario's last step: the host sees who comes, without any calendar connected.
        TestDb.execute("update workshop set host_account_id = (select id from account where email = 'host@atelier.example')"
                + " where id = " + workshop);
        inBrowser("scenario-3-host", "en-GB", 390, 844, page -> {
            signIn(page, "host@atelier.example", "demo-host-2026");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sessions you host"))).isVisible();
            var hosted = page.locator(".hosted-session[data-session='" + session + "']");
            assertThat(hosted).containsText(title);
            assertThat(hosted).containsText("10 of 24 seats taken");
            assertThat(hosted).containsText("Gabriele Münter · gabriele.group@example.org · 10 seats");
            assertThat(hosted).containsText("Painter 2 (painter2.group@example.org), Painter 3");
            assertThat(hosted).containsText("Painter 10");
            // The same list as CSV, one person a line, for the host only.
            String csv = page.context().request().get(hosted.locator(".hosted-session__export a").getAttribute("href")
                    .replaceFirst("^/atelier/", base.toString())).text();
            assertTrue(csv.contains("Gabriele Münter,gabriele.group@example.org,Gabriele Münter,"), csv);
            assertTrue(csv.contains("Painter 2,painter2.group@example.org,Gabriele Münter,"), csv);
            assertEquals(11, csv.lines().count(), "a header, the buyer and the nine she brings: " + csv);
        });
        assertEquals(404, new Http(base).get("account/participants.csv?session=" + session).statusCode(),
                "not for anyone but the host and admins");
    }

    @Test
    void aVisitorWhoAddsRoleAndPriceFieldsToTheFormStillPaysTheVisitorsPrice() throws Exception {
        long workshop = Fixtures.publishedWorkshop(3000, 4, "drawing");
        long session = Fixtures.session(workshop, Duration.ofDays(4), 8, 0);
        Accounts.TestAccount visitor = Accounts.create();
        Accounts.TestAccount resident = Accounts.create("RESIDENT_ARTIST");

        inBrowser("tampering", "en-GB", 1280, 900, page -> {
            signedIn(page, visitor);
            page.navigate(base + "book/" + slug(workshop));
            assertThat(page.locator(".workshop-page__price")).containsText("€30.00");
            assertThat(page.locator(".workshop-page__price")).containsText("Resident artists: free");
            page.evaluate("residentId => { const form = document.getElementById('booking');"
                    + " for (const [name, value] of [['role', 'RESIDENT_ARTIST'], ['roles', 'RESIDENT_ARTIST'],"
                    + " ['accountId', String(residentId)], ['price', '0'], ['total', '0'], ['booking:total', '0'],"
                    + " ['booking:unitPrice', '0']]) {"
                    + " const input = document.createElement('input'); input.type = 'hidden'; input.name = name;"
                    + " input.value = value; form.appendChild(input); } }", String.valueOf(resident.id()));
            page.getByText("I accept the booking terms").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            assertThat(page.getByText("Sandbox payment: no money moves")).isVisible();
            assertThat(page.locator(".price")).containsText("€30.00");
        });

        String booking = "from booking where session_id = " + session;
        assertEquals(3000, TestDb.queryLong("select total_amount " + booking));
        assertEquals(visitor.id(), TestDb.queryLong("select account_id " + booking));
        assertEquals("VISITOR", TestDb.queryString("select price_roles " + booking));
        assertEquals(0, TestDb.queryLong("select count(*) " + booking + " and pricing_rule_id is not null"));
    }



    private static String title(long workshop) throws Exception {
        return TestDb.queryString("select title from workshop where id = " + workshop);
    }

    private static String slug(long workshop) {
        try {
            return Fixtures.slugOf(workshop);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
