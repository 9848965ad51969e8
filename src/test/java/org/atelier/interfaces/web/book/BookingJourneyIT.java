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

    /** A group buyer gives back 2 of 6 seats three days ahead: the 2 seats' price comes back, the 4 stay booked. */
    @Test
    void aGroupBuyerGivesBackTwoOfSixSeatsAndSeesThePartialRefund() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(3000, 6, "ceramics"), Duration.ofDays(3), 10, 0);
        String email = "group.giveback." + System.nanoTime() + "@example.org";
        String participants = java.util.stream.Stream.of("Ann", "Ben", "Cas", "Dee", "Eve")
                .map(name -> "{\"name\":\"" + name + "\"}").collect(java.util.stream.Collectors.joining(","));
        jakarta.json.JsonObject held = jakarta.json.Json.createReader(new java.io.StringReader(new Http(base).post(
                "api/v1/bookings", "{\"sessionId\":" + session + ",\"quantity\":6,\"buyer\":{\"name\":\"Gro Upp\","
                        + "\"email\":\"" + email + "\"},\"participants\":[" + participants + "]}",
                java.util.Map.of("Content-Type", "application/json")).body())).readObject();
        String reference = held.getString("reference");
        inBrowser("give-back", "en-GB", 1280, 900, page -> {
            page.navigate(base + "booking/" + reference + "?t=" + held.getString("token"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();

            page.getByLabel("Seats to give back").selectOption("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See what happens…")).click();
            assertThat(page.locator("#giveBackPreview")).hasText("You keep 4 seats, which now cost €120.00. You get €60.00 "
                    + "back on the card you paid with. These participants lose their seat: Dee, Eve.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, give these seats back")).click();
            assertThat(page.getByText("You gave back 2 seats")).isVisible();
            assertThat(page.locator(".details")).containsText("4 — Gro Upp, Ann, Ben, Cas");
            assertThat(page.locator(".details")).containsText("€120.00");
            assertThat(page.locator(".money-history")).containsText("−€60.00");
        });
        assertEquals(4, Fixtures.seatsTaken(session), "the two seats given back are free for others");
        String refunds = "from refund r join booking b on b.id = r.booking_id where b.reference = '" + reference + "'";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("SUCCEEDED 6000",
                TestDb.queryString("select r.status || ' ' || r.amount " + refunds)));
        assertEquals("PARTIALLY_REFUNDED 4 12000", TestDb.queryString(
                "select state || ' ' || quantity || ' ' || total_amount from booking where reference = '" + reference + "'"));
        MimeMessage refundMail = TestMailServer.awaitMessage(email,
                message -> Mails.subject(message).startsWith("Refund of"), Duration.ofSeconds(30));
        assertTrue(Mails.text(refundMail).contains("€60.00"), Mails.text(refundMail));
    }

    /**
     * The buyer moves a booking to another session: the seats move, the buyer and the participant
     * get an invite with the same UID and a higher SEQUENCE, and sessions that filled up or started
     * since the page was drawn are refused with a message, changing nothing.
     */
    @Test
    void aBuyerMovesTheirBookingToAnotherSessionAndTheInviteMovesWithIt() throws Exception {
        long workshop = Fixtures.publishedWorkshop(2500, 4, "textiles");
        long first = Fixtures.session(workshop, Duration.ofDays(5), 10, 0);
        long later = Fixtures.session(workshop, Duration.ofDays(12), 10, 0);
        long fills = Fixtures.session(workshop, Duration.ofDays(19), 10, 0);
        long starts = Fixtures.session(workshop, Duration.ofDays(26), 10, 0);
        String email = "mover." + System.nanoTime() + "@example.org";
        String guest = "pat." + System.nanoTime() + "@example.org";
        jakarta.json.JsonObject held = jakarta.json.Json.createReader(new java.io.StringReader(new Http(base).post(
                "api/v1/bookings", "{\"sessionId\":" + first + ",\"quantity\":2,\"buyer\":{\"name\":\"Mo Ver\","
                        + "\"email\":\"" + email + "\"},\"participants\":[{\"name\":\"Pat\",\"email\":\"" + guest + "\"}]}",
                java.util.Map.of("Content-Type", "application/json")).body())).readObject();
        String reference = held.getString("reference");
        Instant laterStart = TestDb.queryObject("select starts_at from session where id = " + later, OffsetDateTime.class)
                .toInstant();
        inBrowser("change-session", "en-GB", 1280, 900, page -> {
            page.navigate(base + "booking/" + reference + "?t=" + held.getString("token"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
            assertThat(page.locator("#bookingPage\\:changeSession")).containsText("You can move this booking");
            // The buyer has their confirmation, with its invite, before they move.
            TestMailServer.awaitMessage(email, m -> Mails.subject(m).startsWith("Booking confirmed:"), Duration.ofSeconds(30));

            move(page, later);
            assertThat(page.getByText("Your booking has moved to")).isVisible();
            assertThat(page.locator("#bookingPage\\:changeTo option")).hasCount(3);

            TestDb.execute("update session set seats_taken = 9 where id = " + fills);
            move(page, fills);
            assertThat(page.getByText("That session no longer has 2 seats free; choose another one.")).isVisible();
            TestDb.execute("update session set starts_at = now() - interval '1 minute', ends_at = now() + interval '2 hours'"
                    + " where id = " + starts);
            move(page, starts);
            assertThat(page.getByText("That session has already started; choose another one.")).isVisible();
        });
        assertEquals(0, Fixtures.seatsTaken(first));
        assertEquals(2, Fixtures.seatsTaken(later));
        assertEquals(9, Fixtures.seatsTaken(fills), "a refused move takes nothing");
        assertEquals(0, Fixtures.seatsTaken(starts));
        assertEquals(later, TestDb.queryLong("select session_id from booking where reference = '" + reference + "'"));

        VEvent invite = requestIn(TestMailServer.awaitMessage(email,
                m -> Mails.subject(m).startsWith("Booking confirmed:"), Duration.ofSeconds(30)));
        for (String recipient : List.of(email, guest)) {
            MimeMessage moved = TestMailServer.awaitMessage(recipient, m -> Mails.subject(m).startsWith("New time"),
                    Duration.ofSeconds(30));
            VEvent event = requestIn(moved);
            assertEquals(invite.getUid().orElseThrow().getValue(), event.getUid().orElseThrow().getValue());
            assertTrue(sequence(event) > sequence(invite), "the new invite replaces the old one");
            assertEquals(laterStart, Instant.from(event.getDateTimeStart().orElseThrow().getDate()));
            assertTrue(event.getProperty(net.fortuna.ical4j.model.Property.ATTENDEE).orElseThrow().getValue()
                    .equalsIgnoreCase("mailto:" + recipient));
        }
        assertEquals(1, TestMailServer.messagesTo(email).stream().filter(m -> Mails.subject(m).startsWith("New time")).count(),
                "one mail for the one move; the refused ones send nothing");
    }

    /**
     * A full session's waitlist: two people join; a cancellation offers the first the seats; she
     * lets the offer lapse, so it passes to the second, who takes it through the link in his mail.
     */
    @Test
    void aFullSessionsWaitlistGetsTheSeatsOfACancellationAndALapsedOfferPassesToTheNextPerson() throws Exception {
        long workshop = Fixtures.publishedWorkshop(2000, 4, "painting");
        long session = Fixtures.session(workshop, Duration.ofDays(5), 2, 0);
        String slug = Fixtures.slugOf(workshop);
        String buyer = "full." + System.nanoTime() + "@example.org";
        String first = "wait.first." + System.nanoTime() + "@example.org";
        String second = "wait.second." + System.nanoTime() + "@example.org";
        jakarta.json.JsonObject held = jakarta.json.Json.createReader(new java.io.StringReader(new Http(base).post(
                "api/v1/bookings", "{\"sessionId\":" + session + ",\"quantity\":2,\"buyer\":{\"name\":\"Full Up\","
                        + "\"email\":\"" + buyer + "\"}}", java.util.Map.of("Content-Type", "application/json")).body()))
                .readObject();
        String bookingPage = base + "booking/" + held.getString("reference") + "?t=" + held.getString("token");
        inBrowser("waitlist-buyer-pays", "en-GB", 1280, 900, page -> {
            page.navigate(bookingPage);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
        });
        inBrowser("waitlist-first", "en-GB", 1280, 900, page -> joinWaitlist(page, slug, "Fay First", first, "You are first in line for 2 seats."));
        inBrowser("waitlist-second", "en-GB", 390, 844, page -> joinWaitlist(page, slug, "Sam Second", second, "You are number 2 in line for 2 seats."));

        inBrowser("waitlist-buyer-cancels", "en-GB", 1280, 900, page -> {
            page.navigate(bookingPage);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel booking…")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel my booking")).click();
            assertThat(page.getByText("Your booking is cancelled.")).isVisible();
        });
        MimeMessage offer = TestMailServer.awaitMessage(first, m -> Mails.subject(m).startsWith("Seats for you:"),
                Duration.ofSeconds(30));
        assertTrue(Mails.text(offer).contains("2 seats for "), Mails.text(offer));
        assertEquals(2, Fixtures.seatsTaken(session), "held for the first in line, sold to no one else");
        assertEquals(0, TestMailServer.messagesTo(second).size(), "the second waits");

        // The first lets the offer lapse: its hold ends, and the seats go on to the second.
        TestDb.execute("update booking set hold_expires_at = now() - interval '1 second' where id ="
                + " (select offer_booking_id from waitlist_entry where email = '" + first + "')");
        TestMailServer.awaitMessage(first, m -> Mails.subject(m).startsWith("Your waitlist offer has lapsed"), Duration.ofSeconds(30));
        MimeMessage passedOn = TestMailServer.awaitMessage(second, m -> Mails.subject(m).startsWith("Seats for you:"),
                Duration.ofSeconds(30));
        inBrowser("waitlist-second-claims", "en-GB", 390, 844, page -> {
            page.navigate(Mails.link(passedOn, "/booking/", base));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
            assertThat(page.locator(".details")).containsText("2 — Sam Second");
        });
        assertEquals(2, Fixtures.seatsTaken(session));
        assertEquals("ABANDONED CONFIRMED", TestDb.queryString("select string_agg(b.state, ' ' order by e.joined_at)"
                + " from waitlist_entry e join booking b on b.id = e.offer_booking_id where e.session_id = " + session));
    }

    private void joinWaitlist(Page page, String slug, String name, String email, String place) {
        page.navigate(base + "book/" + slug);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Full: join the waitlist for"))).click();
        page.getByLabel("Seats wanted").selectOption("2");
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Your e-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join the waitlist")).click();
        assertThat(page.locator("#waitlist\\:place")).containsText(place);
        assertTrue(page.context().cookies().stream().noneMatch(cookie -> cookie.name.equals("JSESSIONID")),
                "joining a waitlist keeps nothing on the server but the place itself");
    }

    /**
     * The buyer of four seats invites three people by e-mail; each fills in their own details
     * through their single-use link and gets their own confirmation with the invite. A link used
     * twice, or made up, takes no seat.
     */
    @Test
    void aBuyerInvitesThreeParticipantsWhoFillInTheirDetailsAndEachGetsTheirOwnInvite() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(1500, 4, "drawing"), Duration.ofDays(6), 10, 0);
        String buyer = "group.host." + System.nanoTime() + "@example.org";
        jakarta.json.JsonObject held = jakarta.json.Json.createReader(new java.io.StringReader(new Http(base).post(
                "api/v1/bookings", "{\"sessionId\":" + session + ",\"quantity\":4,\"buyer\":{\"name\":\"Iris Invite\","
                        + "\"email\":\"" + buyer + "\"}}", java.util.Map.of("Content-Type", "application/json")).body()))
                .readObject();
        String reference = held.getString("reference");
        List<String> guests = List.of("ann", "bob", "cem").stream()
                .map(name -> name + ".guest." + System.nanoTime() + "@example.org").toList();
        inBrowser("invite-buyer", "en-GB", 1280, 900, page -> {
            page.navigate(base + "booking/" + reference + "?t=" + held.getString("token"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
            assertThat(page.locator("#bookingPage\\:group")).containsText("3 seats have nobody named for them yet.");
            for (String guest : guests) {
                page.getByLabel("E-mail address to invite").fill(guest);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
                assertThat(page.getByText("An invitation is on its way to " + guest + ".")).isVisible();
            }
            assertThat(page.getByLabel("E-mail address to invite")).hasCount(0);
            assertThat(page.locator(".invitations li")).hasCount(3);
        });
        String firstLink = null;
        for (String guest : guests) {
            MimeMessage invitation = TestMailServer.awaitMessage(guest, m -> Mails.subject(m).startsWith("Iris Invite has a seat"),
                    Duration.ofSeconds(30));
            String link = Mails.link(invitation, "/invitation", base);
            firstLink = firstLink == null ? link : firstLink;
            String name = "Guest " + guest.substring(0, 3).toUpperCase(java.util.Locale.ROOT);
            inBrowser("invite-" + guest.substring(0, 3), "en-GB", 390, 844, page -> {
                page.navigate(link);
                assertThat(page.getByText("Iris Invite has booked")).isVisible();
                assertThat(page.getByLabel("Your e-mail address")).hasValue(guest);
                page.getByLabel("Your name").fill(name);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take my seat")).click();
                assertThat(page.locator("#invitation\\:done")).containsText("You are on the booking.");
            });
            MimeMessage own = TestMailServer.awaitMessage(guest, m -> Mails.subject(m).startsWith("You are booked:"),
                    Duration.ofSeconds(30));
            assertTrue(Mails.text(own).contains("Dear " + name), Mails.text(own));
            assertEquals("REQUEST", Mails.calendar(own).getProperty(net.fortuna.ical4j.model.Property.METHOD)
                    .orElseThrow().getValue());
        }
        String usedLink = firstLink;
        inBrowser("invite-reused", "en-GB", 1280, 900, page -> {
            page.navigate(usedLink);
            assertThat(page.locator("#invitationInvalid")).containsText("This invitation link does not work (any more)");
            page.navigate(base + "invitation?token=made-up-token");
            assertThat(page.locator("#invitationInvalid")).isVisible();
            page.navigate(usedLink + "&lang=nl");
            assertThat(page.locator("#invitationInvalid")).containsText("Deze uitnodigingslink werkt niet (meer)");
        });
        String participants = "select string_agg(name, ', ' order by position) from booking_participant p"
                + " join booking b on b.id = p.booking_id where p.removed_at is null and b.reference = '" + reference + "'";
        assertEquals("Guest ANN, Guest BOB, Guest CEM", TestDb.queryString(participants));

        // The buyer corrects a name, takes someone off (who hears so) and names someone for the freed seat.
        inBrowser("group-changes", "en-GB", 1280, 900, page -> {
            page.navigate(base + "booking/" + reference + "?t=" + held.getString("token"));
            page.getByLabel("Participant 2").fill("Ann Guest");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name: Guest ANN")).click();
            assertThat(page.getByText("The name is now Ann Guest.")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take off the booking: Guest CEM")).click();
            assertThat(page.getByText("Guest CEM is off the booking")).isVisible();
            page.getByLabel("Name someone yourself").fill("Walk In");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the booking")).click();
            assertThat(page.getByText("Walk In is on the booking.")).isVisible();
            assertThat(page.locator(".details")).containsText("4 — Iris Invite, Ann Guest, Guest BOB, Walk In");
        });
        assertEquals("Ann Guest, Guest BOB, Walk In", TestDb.queryString(participants));
        MimeMessage off = TestMailServer.awaitMessage(guests.get(2), m -> Mails.subject(m).startsWith("Your seat is cancelled"),
                Duration.ofSeconds(30));
        assertEquals("CANCEL", Mails.calendar(off).getProperty(net.fortuna.ical4j.model.Property.METHOD).orElseThrow().getValue());
        assertEquals(0, TestMailServer.messagesTo(guests.get(0)).stream()
                .filter(m -> Mails.subject(m).startsWith("Your seat is cancelled")).count(), "a new name is not a cancellation");
    }

    private static void move(Page page, long sessionId) {
        page.locator("#bookingPage\\:changeTo").selectOption(String.valueOf(sessionId));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move my booking")).click();
    }

    /** A mailed invite: RFC 5546's REQUEST, from an organizer, so calendars update the event it names. */
    private static VEvent requestIn(MimeMessage mail) {
        net.fortuna.ical4j.model.Calendar calendar = Mails.calendar(mail);
        assertEquals("REQUEST", calendar.getProperty(net.fortuna.ical4j.model.Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertTrue(event.getProperty(net.fortuna.ical4j.model.Property.ORGANIZER).isPresent());
        return event;
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getProperty(net.fortuna.ical4j.model.Property.SEQUENCE).orElseThrow().getValue());
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
