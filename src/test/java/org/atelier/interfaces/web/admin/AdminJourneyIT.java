package org.atelier.interfaces.web.admin;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Accounts;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.fake.Mails;
import org.atelier.testing.fake.TestMailServer;
import org.atelier.testing.web.BrowserJourney;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

/** An admin's day in a real browser: refunds, roles, prices, a cancelled session and an export. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Test
    void anAdminRefundsTwoPartsThenTheRestOnOneViewAndTheBookingEndsRefundedWithEachRefundInItsTimeline() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(5000, 4, "ceramics"), Duration.ofDays(8), 10, 0);
        String buyer = unique("refund") + "@example.org";
        String reference = paidBooking(session, 2, "Rita Refund", buyer);
        Accounts.TestAccount admin = Accounts.create("ADMIN");

        inBrowser("admin-refunds", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/bookings");
            page.getByLabel("Search").fill(buyer);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            assertThat(page.locator("#refundable")).hasText("€100.00");

            refund(page, "25.00", "The kiln broke halfway", "Refund of €25.00 is on its way.");
            assertThat(page.locator("#status")).hasAttribute("data-state", "PARTIALLY_REFUNDED",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(page.locator("#refundable")).hasText("€75.00");
            // Each next refund on the same view, once the page has seen the last one settle.
            assertThat(page.locator("[id='settling']")).hasCount(0);
            refund(page, "15.00", "One glaze ran", "Refund of €15.00 is on its way.");
            assertThat(page.locator("#refundable")).hasText("€60.00",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
            assertThat(page.locator("[id='settling']")).hasCount(0,
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
            refund(page, "", "Cancelled on request", "Refund of €60.00 is on its way.");
            assertThat(page.locator("#status")).hasAttribute("data-state", "REFUNDED",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            Locator refunds = page.locator(".timeline__entry[data-kind='REFUND']");
            assertThat(refunds).hasCount(3);
            assertThat(refunds.nth(0)).containsText("€25.00: refunded. Reason: The kiln broke halfway");
            assertThat(refunds.nth(1)).containsText("€15.00: refunded. Reason: One glaze ran");
            assertThat(refunds.nth(2)).containsText("€60.00: refunded. Reason: Cancelled on request");
            assertThat(page.locator(".timeline__entry[data-kind='ADMIN']")).hasCount(3);
        });
        assertEquals(10000, TestDb.queryLong("select sum(amount) from refund r join booking b on b.id = r.booking_id"
                + " where b.reference = '" + reference + "' and r.status = 'SUCCEEDED'"));
        assertEquals(0, Fixtures.seatsTaken(session), "a fully refunded booking gives its seats back");
    }

    @Test
    void twoAdminsRefundTheSameBookingAtOnceAndTheOneWhoSawAnOlderVersionIsToldToReload() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(4000, 4, "printmaking"), Duration.ofDays(9), 10, 0);
        String reference = paidBooking(session, 1, "Twan Twice", unique("twice") + "@example.org");
        Accounts.TestAccount first = Accounts.create("ADMIN");
        Accounts.TestAccount second = Accounts.create("ADMIN");

        inBrowser("first-admin", "en-GB", 1280, 900, one -> inBrowser("second-admin", "en-GB", 1280, 900, other -> {
            signedIn(one, first);
            signedIn(other, second);
            one.navigate(base + "admin/booking?ref=" + reference);
            other.navigate(base + "admin/booking?ref=" + reference);
            assertThat(other.locator("#refundable")).hasText("€40.00");

            // Both open the refund dialog; the first refunds while the second is still typing.
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund").setExact(true)).click();
            assertThat(other.locator("#refundForm\\:amount_input")).isFocused();
            refund(one, "10.00", "Goodwill");
            other.locator("#refundForm\\:amount_input").pressSequentially("10.00");
            other.locator("#refundForm\\:reason").fill("Goodwill, again");
            other.locator("#refundForm\\:confirmRefund").click();
            assertThat(other.getByText("Booking " + reference + " changed since you opened it.")).isVisible();
        }));
        assertEquals(1, TestDb.queryLong("select count(*) from refund r join booking b on b.id = r.booking_id"
                + " where b.reference = '" + reference + "'"), "one refund, not two");
        assertEquals(1, TestDb.queryLong("select count(*) from audit_event where action = 'REFUND' and subject_id = '"
                + reference + "'"));
    }

    @Test
    void aFailedRefundIsAskedForAgainOnceEvenWhenASecondAdminPressesRetryOnAnOlderPage() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(3000, 4, "painting"), Duration.ofDays(10), 10, 0);
        String reference = paidBooking(session, 1, "Floor Failed", unique("failed") + "@example.org");
        Fixtures.failedRefund(reference, 1500, "expired_or_canceled_card");
        Accounts.TestAccount first = Accounts.create("ADMIN");
        Accounts.TestAccount second = Accounts.create("ADMIN");

        inBrowser("retry-first", "en-GB", 1280, 900, one -> inBrowser("retry-second", "en-GB", 1280, 900, other -> {
            signedIn(one, first);
            one.navigate(base + "admin");
            Locator failedFigure = one.locator("section[aria-labelledby='failed-refunds-heading'] .figure__value");
            long failedBefore = Long.parseLong(failedFigure.textContent().strip());
            assertTrue(failedBefore >= 1, "the overview counts the failed refund");
            signedIn(other, second);
            openRefunds(one, reference);
            openRefunds(other, reference);
            refundRows(one, reference).first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask again")).click();
            assertThat(one.getByText("The refund for booking " + reference + " is asked for again.")).isVisible();
            assertThat(refundRows(one, reference)).hasCount(2);
            assertThat(refundRows(one, reference).first()).containsText("Asked again");

            refundRows(other, reference).first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask again")).click();
            assertThat(other.getByText("This refund has already been asked for again; reload to see the new one."))
                    .isVisible();
            one.navigate(base + "admin");
            assertThat(failedFigure).hasText(Long.toString(failedBefore - 1));
        }));
        assertEquals(2, TestDb.queryLong("select count(*) from refund r join booking b on b.id = r.booking_id"
                + " where b.reference = '" + reference + "'"), "the failed refund and one retry, not two");
        assertEquals(1500, TestDb.queryLong("select refunded_amount from payment p join booking b on b.id = p.booking_id"
                + " where b.reference = '" + reference + "'"), "the money is on its way back once");
    }

    @Test
    void anAdminGrantsResidentArtistToAUserWhoThenSeesTheFreePrice() throws Exception {
        long workshop = Fixtures.publishedWorkshop(4200, 4, "textiles");
        Fixtures.session(workshop, Duration.ofDays(6), 8, 0);
        Accounts.TestAccount member = Accounts.create();
        Accounts.TestAccount admin = Accounts.create("ADMIN");

        inBrowser("admin-grants", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/users");
            page.getByLabel("Name or e-mail starts with").fill(member.email());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
            assertThat(page.locator("[id='users:table'] tbody tr")).hasCount(1);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Grant: Resident artist, " + member.email()))
                    .click();
            assertThat(page.getByText("Resident artist: " + member.email() + " added.")).isVisible();
        });
        inBrowser("member-sees-free", "en-GB", 1280, 900, page -> {
            signedIn(page, member);
            page.navigate(base + "book/" + Fixtures.slugOf(workshop));
            assertThat(page.locator(".workshop-page__price")).containsText("Free for you");
        });
        assertEquals(1, TestDb.queryLong("select count(*) from audit_event where action = 'GRANT_ROLE' and subject_id = '"
                + member.email() + "' and actor = '" + admin.email() + "'"));
    }

    @Test
    void anAdminEditsAPricingRuleAndSeesThePreviewBeforeSaving() throws Exception {
        long workshop = Fixtures.publishedWorkshop(5000, 12, "painting");
        String title = TestDb.queryString("select title from workshop where id = " + workshop);
        String rule = "Group of 10 at " + title;
        TestDb.execute("insert into pricing_rule (id, name, scope, scope_workshop_id, effect, amount, currency, exact_seats,"
                + " created_at, updated_at) values (nextval('pricing_rule_id_seq'), '" + rule + "', 'WORKSHOP', " + workshop
                + ", 'GROUP_PRICE', 40000, 'EUR', 10, now(), now())");
        Accounts.TestAccount admin = Accounts.create("ADMIN");

        inBrowser("admin-pricing", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/pricing");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit: " + rule)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Editing: " + rule))).isVisible();
            Locator amount = page.locator("#ruleForm\\:amount_input");
            amount.fill("");
            amount.pressSequentially("350");
            page.locator("#ruleForm\\:previewWorkshop").click();
            page.locator("#ruleForm\\:previewWorkshop_filter").fill(title);
            page.locator("#ruleForm\\:previewWorkshop_items li:visible", new Page.LocatorOptions().setHasText(title)).click();
            assertThat(page.locator("#ruleForm\\:previewWorkshop_label")).hasText(title);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();

            Locator guestTen = page.locator("#ruleForm\\:previewTable tr", new Page.LocatorOptions().setHasText("Guest"))
                    .filter(new Locator.FilterOptions().setHasText(rule));
            assertThat(guestTen).containsText("€350.00");
            assertEquals(40000, TestDb.queryLong("select amount from pricing_rule where name = '" + rule + "'"),
                    "nothing is saved by a preview");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save rule")).click();
            assertThat(page.getByText("Rule " + rule + " is saved.")).isVisible();
        });
        assertEquals(35000, TestDb.queryLong("select amount from pricing_rule where name = '" + rule + "'"));
    }

    @Test
    void anAdminCancelsOneBookingSeeingWhatGoesBackAndTheBuyerAndParticipantGetTheCalendarCancellation() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(3000, 4, "printmaking"), Duration.ofDays(9), 10, 0);
        String title = TestDb.queryString("select w.title from workshop w join session s on s.workshop_id = w.id"
                + " where s.id = " + session);
        String buyer = unique("carla") + "@example.org";
        String guest = unique("pim") + "@example.org";
        String reference = paidBooking(session, 2, "Carla Cancel", buyer, new Guest("Pim Participant", guest));
        VEvent invite = eventOf(TestMailServer.awaitMessage(guest, m -> Mails.subject(m).startsWith("You are booked: " + title),
                Duration.ofSeconds(30)));
        Accounts.TestAccount admin = Accounts.create("ADMIN");

        inBrowser("admin-cancels-booking", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/booking?ref=" + reference);
            assertThat(page.locator("#status .badge")).hasText("Confirmed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel booking")).click();
            assertThat(page.locator("#cancelRefund")).hasText("With \"Refund what was paid\" ticked, €60.00 goes back to "
                    + buyer + ", the way it was paid.");
            page.locator("#cancelForm\\:reason").fill("Asked by the buyer");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the booking")).click();
            assertThat(page.getByText("Booking " + reference + " is cancelled.")).isVisible();
            assertThat(page.locator("#status .badge")).hasText("Refunded, seats given back",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
            Locator timeline = page.locator("#timeline");
            assertThat(timeline).containsText("Booking cancelled by " + admin.email() + ". Reason: Asked by the buyer");
            assertThat(timeline).containsText("Refund of €60.00: refunded. Reason: Asked by the buyer");
            assertThat(timeline).containsText("Payment of €60.00 received (sandbox, no money moved)");
            assertThat(timeline).not().containsText("_MAIL");
            assertThat(timeline).not().containsText("→");
        });

        MimeMessage cancellation = TestMailServer.awaitMessage(buyer,
                m -> Mails.subject(m).startsWith("Booking cancelled: " + title), Duration.ofSeconds(30));
        assertFalse(Mails.text(cancellation).contains("sorry"), "the buyer's side asked for it: " + Mails.text(cancellation));
        assertCalendarCancels(cancellation, invite);
        MimeMessage participant = TestMailServer.awaitMessage(guest,
                m -> Mails.subject(m).startsWith("Your seat is cancelled: " + title), Duration.ofSeconds(30));
        assertTrue(Mails.text(participant).contains("The seat Carla Cancel booked for you"), Mails.text(participant));
        assertFalse(Mails.text(participant).contains("/booking/"), "the booking's private link is the buyer's");
        assertCalendarCancels(participant, invite);
        assertEquals(0, Fixtures.seatsTaken(session));

        String bookingPage = Mails.link(cancellation, "/booking/", base);
        inBrowser("cancelled-booking-page", "en-GB", 390, 844, page -> {
            page.navigate(bookingPage);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cancelled and refunded")))
                    .isVisible();
            assertThat(page.locator("#status")).containsText("This booking is cancelled");
            assertThat(page.locator(".booking-steps")).hasCount(0);
            assertThat(page.locator(".money-history")).containsText("Refunded");
        });
    }

    @Test
    void anAdminCancelsASessionWhoseAttendeesAreRefundedAndEmailed() throws Exception {
        long workshop = Fixtures.publishedWorkshop(3000, 4, "photography");
        long session = Fixtures.session(workshop, Duration.ofDays(12), 10, 0);
        String title = TestDb.queryString("select title from workshop where id = " + workshop);
        String first = unique("first") + "@example.org";
        String second = unique("second") + "@example.org";
        paidBooking(session, 1, "Fenna First", first);
        String guest = unique("guest") + "@example.org";
        paidBooking(session, 2, "Sam Second", second, new Guest("Gus Guest", guest));
        Accounts.TestAccount admin = Accounts.create("ADMIN");

        inBrowser("admin-cancels-session", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/sessions");
            page.locator("tr", new Page.LocatorOptions().setHasText(title)).first()
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bookings")).click();
            assertThat(page.getByText("Showing the bookings of one session only.")).isVisible();
            assertThat(page.locator("[id='bookings:table'] tbody tr")).hasCount(2);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clear")).click();
            assertThat(page.getByText("Showing the bookings of one session only.")).isHidden();
            page.navigate(base + "admin/sessions");
            page.locator("tr", new Page.LocatorOptions().setHasText(title))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel session")).first().click();
            assertThat(page.getByText("3 seats")).isVisible();
            page.locator("#cancelSessionForm\\:reason").fill("The teacher is ill");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the session and refund")).click();
            assertThat(page.getByText(title + " is cancelled; 2 booking(s) cancelled and refunded.")).isVisible();
        });

        for (String buyer : List.of(first, second)) {
            assertTrue(Mails.text(TestMailServer.awaitMessage(buyer, m -> Mails.subject(m).startsWith("Workshop cancelled: "
                    + title), Duration.ofSeconds(30))).contains("We are sorry: " + title));
            assertTrue(Mails.text(TestMailServer.awaitMessage(buyer, m -> Mails.subject(m).startsWith("Refund of"),
                    Duration.ofSeconds(30))).contains("The teacher is ill"));
        }
        MimeMessage toGuest = TestMailServer.awaitMessage(guest, m -> Mails.subject(m).startsWith("Workshop cancelled: " + title),
                Duration.ofSeconds(30));
        assertTrue(Mails.text(toGuest).contains("the seat Sam Second booked for you"), Mails.text(toGuest));
        assertEquals("CANCEL", Mails.calendar(toGuest).getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("CANCELLED", TestDb.queryString("select status from session where id = " + session));
        assertEquals(0, Fixtures.seatsTaken(session));
        assertEquals(2, TestDb.queryLong("select count(*) from booking where session_id = " + session + " and state = 'REFUNDED'"));
    }

    @Test
    void anAdminDownloadsTheFilteredBookingsAsCsvWithFormulasNeutralised() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(2500, 4, "drawing"), Duration.ofDays(5), 10, 0);
        String buyer = unique("csv") + "@example.org";
        String reference = heldBooking(session, 1, "=HYPERLINK(\"http://evil.example\")", buyer);
        Accounts.TestAccount admin = Accounts.create("ADMIN");

        inBrowser("admin-csv", "en-GB", 1280, 900, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/bookings");
            // The filters are the bar above the table; the columns offer no boxes that would filter nothing.
            assertThat(page.locator("[id='bookings:table'] thead input")).hasCount(0);
            page.getByLabel("Search").fill(buyer);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
            // The export link carries the filter once the table has been drawn again with it.
            assertThat(page.locator("[id='bookings:table'] tbody tr")).hasCount(1);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))).isVisible();
            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download CSV")).click());
            List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
            assertEquals(2, lines.size(), "the header and the one booking of the filter: " + lines);
            assertTrue(lines.get(0).startsWith("\ufeffreference,state,workshop,session_start,seats,buyer_name"), lines.get(0));
            assertTrue(lines.get(1).startsWith(reference + ",HELD,"), lines.get(1));
            assertTrue(lines.get(1).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\"," + buyer + ",25.00,EUR,"),
                    "the formula stays text: " + lines.get(1));
        });
    }

    @Test
    void anAdminCreatesPublishesAndSchedulesAWorkshopAndCannotShrinkASessionBelowItsTakenSeats() throws Exception {
        String slug = unique("glaze-lab");
        Accounts.TestAccount admin = Accounts.create("ADMIN");
        Accounts.TestAccount host = Accounts.create("HOST");
        Accounts.TestAccount notAHost = Accounts.create("RESIDENT_ARTIST");
        inBrowser("admin-workshops", "en-GB", 1280, 1000, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/workshops");
            page.locator("#workshopForm\\:title").fill("Glaze lab " + slug);
            page.locator("#workshopForm\\:slug").fill(slug);
            page.locator("#workshopForm\\:host").fill("Noor de Vries");
            page.getByLabel("Host's account (e-mail)").fill(notAHost.email());
            page.locator("#workshopForm\\:price_input").pressSequentially("35");
            page.locator("#workshopForm\\:description").fill("Mix and test glazes.");
            page.getByLabel("Title in Dutch (optional)").fill("Glazuurlab " + slug);
            page.getByLabel("Description in Dutch (optional)").fill("Meng en test glazuren.");
            typeNumber(page, "#workshopForm\\:partialRefundHours_input", "96");
            page.locator("#workshopForm\\:saveWorkshop").click();
            assertThat(page.getByText("the one for a full refund no later than the one for a partial refund")).isVisible();
            typeNumber(page, "#workshopForm\\:fullRefundHours_input", "72");
            typeNumber(page, "#workshopForm\\:partialRefundHours_input", "24");
            typeNumber(page, "#workshopForm\\:partialRefundPercent_input", "25");
            page.locator("#workshopForm\\:saveWorkshop").click();
            assertThat(page.getByText("There is no host account with the address " + notAHost.email() + ".")).isVisible();
            assertEquals(0, TestDb.queryLong("select count(*) from workshop where slug = '" + slug + "'"));
            page.getByLabel("Host's account (e-mail)").fill(host.email());
            page.locator("#workshopForm\\:saveWorkshop").click();
            assertThat(page.getByText("Workshop Glaze lab " + slug + " is saved.")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish: Glaze lab " + slug)).click();
            assertThat(page.getByText("Glaze lab " + slug + " is published.")).isVisible();

            page.locator("#scheduleForm\\:workshop").click();
            // Typed into the menu's filter: a long list would scroll the page, which closes PrimeFaces' panel.
            page.locator("#scheduleForm\\:workshop_filter").fill("Glaze lab " + slug);
            page.locator("#scheduleForm\\:workshop_items li:visible", new Page.LocatorOptions().setHasText("Glaze lab " + slug)).click();
            assertThat(page.locator("#scheduleForm\\:workshop_label")).hasText("Glaze lab " + slug);
            page.locator("#scheduleForm\\:firstStart_input").fill(java.time.LocalDate.now().plusDays(10) + " 18:30");
            page.locator("#scheduleForm\\:location").fill("Clay studio");
            page.getByLabel("Seats", EXACT).fill("6");
            page.getByLabel("Weekly, this many times").fill("3");
            page.locator("#scheduleForm\\:schedule").click();
            assertThat(page.getByText("3 session(s) scheduled.")).isVisible();

            // Dutch visitors read the Dutch words, on the catalogue and on the workshop's page; others the English.
            page.navigate(base + "book?lang=nl");
            assertThat(page.locator("[data-slug='" + slug + "']")).containsText("Glazuurlab " + slug);
            page.navigate(base + "book/" + slug);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Glazuurlab " + slug))).isVisible();
            assertThat(page.getByText("Meng en test glazuren.")).isVisible();
            assertThat(page.locator(".price-summary__policy")).containsText("en je krijgt 25% terug");
            page.navigate(base + "book/" + slug + "?lang=en");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Glaze lab " + slug))).isVisible();
            assertThat(page.getByText("Mix and test glazes.")).isVisible();
        });
        long workshop = TestDb.queryLong("select id from workshop where slug = '" + slug + "'");
        assertEquals("PUBLISHED", TestDb.queryString("select status from workshop where id = " + workshop));
        assertEquals(host.id(), TestDb.queryLong("select host_account_id from workshop where id = " + workshop));
        assertEquals("72 24 25", TestDb.queryString("select cancel_full_hours || ' ' || cancel_partial_hours || ' '"
                + " || cancel_partial_percent from workshop where id = " + workshop));
        assertEquals(3, TestDb.queryLong("select count(*) from session where workshop_id = " + workshop));
        assertEquals(1, TestDb.queryLong("select count(distinct extract(hour from starts_at at time zone 'Europe/Amsterdam'))"
                + " from session where workshop_id = " + workshop), "the series keeps its wall-clock hour");
        long first = TestDb.queryLong("select min(id) from session where workshop_id = " + workshop);
        heldBooking(first, 4, "Cap Acity", unique("cap") + "@example.org");

        inBrowser("admin-capacity", "en-GB", 1280, 1000, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin/sessions");
            page.locator("tr", new Page.LocatorOptions().setHasText("Glaze lab " + slug)).first()
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change seats")).click();
            Locator capacity = page.locator("#capacityForm\\:capacity_input");
            capacity.fill("");
            capacity.pressSequentially("3");
            page.locator("#capacityForm\\:saveCapacity").click();
            assertThat(page.getByText("The session already has 4 seats taken; its capacity cannot be lower.")).isVisible();
        });
        assertEquals(6, TestDb.queryLong("select capacity from session where id = " + first));
        assertEquals(4, Fixtures.seatsTaken(first));
    }

    @Test
    void theAnalyticsShowABookingOfTodayWithinHalfAMinuteAsChartAndNumbers() throws Exception {
        // Dearer than any demo workshop's week, so that it is among the ten that brought in most.
        long workshop = Fixtures.publishedWorkshop(66000, 4, "ceramics");
        String title = TestDb.queryString("select title from workshop where id = " + workshop);
        paidBooking(Fixtures.session(workshop, Duration.ofDays(4), 10, 0), 2, "Ana Lytics", unique("ana") + "@example.org");
        Accounts.TestAccount admin = Accounts.create("ADMIN");
        inBrowser("admin-analytics", "en-GB", 1280, 1000, page -> {
            signedIn(page, admin);
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
            String address = base + "admin/analytics?from=" + today.minusDays(6) + "&until=" + today + "&by=DAY";
            // The roll-up runs every few seconds; the page is drawn anew until it shows the booking.
            await("the booking in the analytics").atMost(Duration.ofSeconds(75)).pollInSameThread()
                    .pollInterval(Duration.ofSeconds(3)).until(() -> {
                        page.navigate(address);
                        return page.locator("td", new Page.LocatorOptions().setHasText(title)).count() > 0;
                    });
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(title));
            assertThat(row).containsText("€1,320.00");
            assertThat(page.locator("canvas")).hasCount(2);
            assertThat(page.getByText("Figures as of")).isVisible();
        });
    }

    @Test
    void theOverviewAndTheAnalyticsShowTheSameRevenueForTheMonthAndSayHowTheyCountIt() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(4400, 4, "textiles"), Duration.ofDays(6), 10, 0);
        String reference = paidBooking(session, 1, "Rhea Revenue", unique("rhea") + "@example.org");
        // Booked weeks ago and paid today: revenue counts the day the money moved, not the day of booking.
        TestDb.execute("update booking set created_at = now() - interval '40 days', updated_at = now()"
                + " where reference = '" + reference + "'");
        Accounts.TestAccount admin = Accounts.create("ADMIN");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        String month = base + "admin/analytics?from=" + today.withDayOfMonth(1) + "&until=" + today + "&by=MONTH";

        inBrowser("admin-figures", "en-GB", 1280, 1000, page -> {
            signedIn(page, admin);
            page.navigate(base + "admin");
            assertThat(page.locator("#revenueDefinition")).hasText(
                    "Revenue: payments received less refunds given, each counted on the day the money moved.");
            assertThat(page.locator("#occupancy")).containsText("seats taken, in the sessions from today to the end"
                    + " of the coming week.");
            // Other journeys' refunds may settle meanwhile: compare while the overview holds still.
            String overview;
            String analytics;
            int attempts = 0;
            do {
                page.navigate(base + "admin");
                overview = page.locator("[aria-labelledby='month-heading'] .figure__value").innerText();
                page.navigate(month);
                analytics = page.locator("#revenue .figure__value").innerText();
                page.navigate(base + "admin");
                attempts++;
            } while (!overview.equals(page.locator("[aria-labelledby='month-heading'] .figure__value").innerText())
                    && attempts < 5);
            assertEquals(overview, analytics, "revenue this month on the overview and in the analytics");
            assertThat(page.locator("[aria-labelledby='month-heading'] .figure__value")).not().hasText("€0.00");
            page.navigate(month);
            assertThat(page.locator("#revenue")).containsText("payments received less refunds given");
            assertThat(page.locator("#occupancy")).containsText("in the sessions that start in this period");
        });
    }

    @Test
    void aNewcomerFindsAYearOfDemoHistoryInTheAnalyticsWithSeasonsRefundsAndAttendance() throws Exception {
        Accounts.TestAccount admin = Accounts.create("ADMIN");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        java.time.LocalDate yearAgo = today.minusMonths(12).withDayOfMonth(1);
        String year = base + "admin/analytics?from=" + yearAgo + "&until=" + today.withDayOfMonth(1).minusDays(1) + "&by=MONTH";
        inBrowser("admin-history", "en-GB", 1280, 1000, page -> {
            signedIn(page, admin);
            Locator months = page.locator("[aria-labelledby='numbers-heading'] tbody tr");
            await("the demo's past months in the analytics").atMost(Duration.ofSeconds(75)).pollInSameThread()
                    .pollInterval(Duration.ofSeconds(3)).until(() -> {
                        page.navigate(year);
                        return months.count() >= 12;
                    });
            // Twelve whole past months, each with bookings and money, busier in some than in others.
            assertEquals(12, months.count());
            List<Long> bookingsPerMonth = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Locator cells = months.nth(i).locator("td");
                bookingsPerMonth.add(Long.parseLong(cells.nth(1).innerText().replaceAll("\\D", "")));
                assertThat(cells.nth(3)).not().containsText("€0.00");
            }
            long fewest = bookingsPerMonth.stream().mapToLong(Long::longValue).min().orElseThrow();
            long most = bookingsPerMonth.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(fewest > 0 && most >= fewest * 3 / 2, "a trend with a shape: " + bookingsPerMonth);
            // Some paid, some left unpaid, some refunded, most came: no rate of a year is nought.
            for (String figure : List.of("Paid", "Attended", "Abandoned", "Refunded")) {
                List<String> shown = page.locator("#funnel .figure").filter(new Locator.FilterOptions().setHas(
                        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(figure).setExact(true))))
                        .locator("p").allInnerTexts();
                assertFalse(shown.isEmpty() || shown.contains("0.0%"), figure + ": " + shown);
            }
            assertThat(page.locator("#occupancy .figure__value")).not().hasText("—");
            assertThat(page.locator("#revenue .figure__value")).not().hasText("€0.00");
            Locator byRole = page.locator("section", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("By role").setExact(true))));
            assertTrue(byRole.locator("tbody tr").count() >= 3, "guests, visitors and resident artists booked");
            assertThat(byRole).containsText("Resident artist");
        });
    }

    /** The invite's event: its UID and SEQUENCE, which a cancellation must match and pass. */
    private static VEvent eventOf(MimeMessage mail) {
        Calendar calendar = Mails.calendar(mail);
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        return calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
    }

    /** The mail's calendar part takes the invite's event out again, as RFC 5546 says a cancellation does. */
    private static void assertCalendarCancels(MimeMessage mail, VEvent invite) {
        Calendar calendar = Mails.calendar(mail);
        assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.getComponent(Component.VEVENT).map(VEvent.class::cast).orElseThrow();
        assertEquals(invite.getUid().orElseThrow().getValue(), event.getUid().orElseThrow().getValue());
        assertEquals("CANCELLED", event.getStatus().orElseThrow().getValue());
        assertTrue(sequence(event) > sequence(invite), "a higher SEQUENCE than the invite's");
        assertEquals(invite.getProperty(Property.ORGANIZER).orElseThrow().getValue(),
                event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    private void refund(Page page, String amount, String reason) {
        refund(page, amount, reason, "is on its way.");
    }

    /** Through the dialog; it closes only when the refund was taken, and the page says so. */
    private void refund(Page page, String amount, String reason, String confirmation) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund").setExact(true)).click();
        // The dialog puts the cursor in its first field once it is shown; typing elsewhere before
        // that (no person is that quick) would have the rest land in the amount field.
        Locator field = page.locator("#refundForm\\:amount_input");
        assertThat(field).isFocused();
        field.fill("");
        if (!amount.isEmpty()) {
            field.pressSequentially(amount);
        }
        page.locator("#refundForm\\:reason").fill(reason);
        page.locator("#refundForm\\:confirmRefund").click();
        assertThat(page.locator("[id='refundDialog']")).isHidden();
        assertThat(page.getByText(confirmation).first()).isVisible();
    }

    /** The refunds tab, where the test's failed refund is the booking's only row, with the provider's reason. */
    private void openRefunds(Page page, String reference) {
        page.navigate(base + "admin/payments");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Refunds")).click();
        assertThat(refundRows(page, reference)).hasCount(1);
        assertThat(refundRows(page, reference).first()).containsText("expired_or_canceled_card");
    }

    private static Locator refundRows(Page page, String reference) {
        return page.locator("[id='money:tabs:refunds'] tbody tr", new Page.LocatorOptions().setHasText(reference));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A PrimeFaces number field, emptied and typed into as a person would. */
    private static void typeNumber(Page page, String selector, String digits) {
        page.locator(selector).fill("");
        page.locator(selector).pressSequentially(digits);
    }
}
