package org.atelier.interfaces.web.studio;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.component.VEvent;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Accounts;
import org.atelier.testing.db.Studio;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.fake.FakeGoogle;
import org.atelier.testing.fake.Mails;
import org.atelier.testing.fake.TestMailServer;
import org.atelier.testing.web.BrowserJourney;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Studio time by appointment: the services and slots API, holding a time under contention, and the pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudioIT extends BrowserJourney {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Test
    void aGuestSeesTheNewProfilesHoursOnTheHostsGrid() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 15, 15, 15);
        long service = Studio.service(6000, 60, host.id());
        LocalDate day = Studio.weekdayAfter(2);

        JsonArray services = Json.createReader(new StringReader(get("api/v1/services").body())).readArray();
        JsonObject listed = services.stream().map(JsonObject.class::cast)
                .filter(json -> json.getJsonNumber("id").longValue() == service).findFirst().orElseThrow();
        assertEquals(6000, listed.getJsonObject("price").getInt("amount"));
        assertEquals(60, listed.getInt("durationMinutes"));

        JsonObject answer = json(get(slots(service, day, day.plusDays(1))).body());
        assertEquals("new", answer.getString("profile"));
        JsonArray starts = answer.getJsonArray("slots");
        // "new": 10:00 to 20:00 on the host's clock, so 10:00 up to 19:00 every quarter of an hour.
        assertEquals(37, starts.size(), answer.toString());
        assertEquals(day.atTime(10, 0).atZone(AMSTERDAM).toInstant().toString(), starts.getJsonObject(0).getString("start"));
        assertEquals(day.atTime(19, 0).atZone(AMSTERDAM).toInstant().toString(),
                starts.getJsonObject(36).getString("start"));
        assertEquals(host.id(), starts.getJsonObject(0).getJsonNumber("hostId").longValue());

        JsonObject newYork = json(get(slots(service, day, day.plusDays(1)) + "&zone=America/New_York").body());
        assertEquals(day.atTime(4, 0) + "-05:00", newYork.getJsonArray("slots").getJsonObject(0).getString("localStart"));
    }

    @Test
    void aHundredVisitorsRacingForOverlappingTimesNeverDoubleBookTheHost() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 15, 15, 15);
        long service = Studio.service(6000, 60, host.id());
        LocalDate day = Studio.weekdayAfter(2);
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            starts.add(day.atTime(10, 0).plusMinutes(15L * i).atZone(AMSTERDAM).toInstant());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Instant start = starts.get(i % starts.size());
                String body = appointment(start, "Visitor " + i, "racer-" + i + "-" + service + "@example.org");
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                        return post(service, body);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            go.countDown();
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdownNow();
        }

        int won = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            if (response.statusCode() == 201) {
                won++;
                assertEquals("HELD", json(response.body()).getString("state"));
            } else {
                assertEquals(409, response.statusCode(), response.body());
                JsonObject problem = json(response.body());
                assertEquals("That time was just taken", problem.getString("title"));
                assertTrue(problem.getString("detail").contains("That time was just taken"));
                assertFalse(problem.getJsonArray("nextSlots").isEmpty(), "the loser is offered the next free times");
            }
        }
        // Each appointment keeps the host 90 minutes (15 + 60 + 15): whatever the order, at least
        // two of the 5 hours' starts win, and every start asked for is then taken or overlaps one taken.
        assertTrue(won >= 2, "winners: " + won);
        assertEquals(0, Studio.overlappingAppointments(host.id()));
        assertEquals(won, TestDb.queryLong("select count(*) from booking b join session s on s.id = b.session_id "
                + "where s.host_account_id = " + host.id() + " and b.state = 'HELD'"));
        assertEquals(won, TestDb.queryLong("select coalesce(sum(seats_taken), 0) from session where host_account_id = " + host.id()));

        JsonArray left = json(get(slots(service, day, day.plusDays(1))).body()).getJsonArray("slots");
        for (Instant asked : starts) {
            assertTrue(left.stream().map(JsonObject.class::cast).noneMatch(slot -> slot.getString("start").equals(asked.toString())),
                    "a time asked for is held or overlaps one held, and is no longer offered: " + asked);
        }
        assertFalse(left.isEmpty(), "the evening is still free");

        long appointment = TestDb.queryLong("select min(id) from session where host_account_id = " + host.id());
        assertEquals(404, get("api/v1/sessions/" + appointment).statusCode(), "an appointment is not a workshop's session");
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/bookings"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":"
                        + appointment + ",\"quantity\":1,\"buyer\":{\"name\":\"Sly\",\"email\":\"sly@example.org\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "nor are its seats for holding as seats");
    }

    @Test
    void badRequestsGetAClearMessageAndBookNothing() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 0, 30);
        long service = Studio.service(6000, 60, host.id());
        LocalDate day = Studio.weekdayAfter(2);
        Instant soon = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS);

        assertProblem(400, post(service, appointment(day.atTime(9, 0).atZone(AMSTERDAM).toInstant(), "Ada", "ada@example.org")),
                "not one of the times offered");
        assertProblem(400, post(service, appointment(day.atTime(10, 10).atZone(AMSTERDAM).toInstant(), "Ada", "ada@example.org")),
                "not one of the times offered");
        assertProblem(400, post(service, appointment(soon, "Ada", "ada@example.org")), "at least 12 hours ahead");
        assertProblem(400, post(service, appointment(Instant.now().minus(Duration.ofDays(3)), "Ada", "ada@example.org")),
                "has passed");
        assertProblem(400, post(service, appointment(day.plusDays(60).atTime(10, 0).atZone(AMSTERDAM).toInstant(), "Ada",
                "ada@example.org")), "at most 10 days ahead");
        assertProblem(400, post(service, "{\"start\":\"tomorrow at ten\",\"buyer\":{\"name\":\"Ada\",\"email\":\"ada@example.org\"}}"),
                "start must be a date");
        assertProblem(400, post(service, appointment(day.atTime(10, 0).atZone(AMSTERDAM).toInstant(), "Ada", "not-an-address")),
                "valid e-mail");
        assertProblem(404, post(987654321L, appointment(day.atTime(10, 0).atZone(AMSTERDAM).toInstant(), "Ada", "ada@example.org")),
                "no service");

        assertProblem(400, get(slots(service, day, day.plusDays(1)) + "&zone=Mars/Olympus"), "time zone");
        assertProblem(400, get("api/v1/services/" + service + "/slots?from=12-10-2026"), "from must be a date");
        assertProblem(400, get(slots(service, day, day.minusDays(1))), "must come after its start");
        assertProblem(400, get(slots(service, day, day.plusDays(90))), "at most 62 days");
        assertProblem(404, get(slots(987654321L, day, day.plusDays(1))), "no service");
        assertProblem(404, get("api/v1/services/not-a-number/slots"), "no service");

        assertEquals(0, TestDb.queryLong("select count(*) from session where workshop_id = " + service));
    }

    @Test
    void anAbsenceOverDaysRemovesTheirSlots() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 0, 60);
        long service = Studio.service(6000, 60, host.id());
        LocalDate day = Studio.weekdayAfter(2);
        assertEquals(10, json(get(slots(service, day, day.plusDays(1))).body()).getJsonArray("slots").size());

        Studio.absence(host.id(), day.minusDays(1).atTime(18, 0).atZone(AMSTERDAM).toInstant(),
                day.atTime(15, 30).atZone(AMSTERDAM).toInstant());
        JsonArray left = json(get(slots(service, day, day.plusDays(1))).body()).getJsonArray("slots");
        assertEquals(List.of("16:00", "17:00", "18:00", "19:00"), left.stream().map(JsonObject.class::cast)
                .map(slot -> Instant.parse(slot.getString("start")).atZone(AMSTERDAM).toLocalTime().toString()).toList());
    }

    @Test
    void aNewVisitorSeesTheFirstSixTimesPaysForOneInTheSandboxAndGetsTheInvite() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 0, 60);
        long service = Studio.service(6000, 60, host.id());
        String title = TestDb.queryString("select title from workshop where id = " + service);
        JsonArray offered = json(get("api/v1/services/" + service + "/slots").body()).getJsonArray("slots");
        Instant first = Instant.parse(offered.getJsonObject(0).getString("start"));
        String email = "studio.new." + service + "@example.org";

        inBrowser("studio-new", "en-GB", 1280, 900, page -> {
            page.navigate(base + "studio");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
            assertThat(page.locator("#service-price")).hasText("€60.00");
            Locator times = page.locator(".slot-choice input[type=radio]");
            assertThat(times).hasCount(6);
            assertEquals(first.getEpochSecond() + "-" + host.id(), times.first().getAttribute("value"),
                    "the first time offered is the first free one");
            page.locator(".slot-choice label").first().click();
            page.getByLabel("Your name").fill("Nina New");
            page.getByLabel("Your e-mail address").fill(email);
            page.getByText("I accept the booking terms").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
        });

        assertEquals("CONFIRMED 6000", TestDb.queryString("select b.state || ' ' || b.total_amount from booking b "
                + "join session s on s.id = b.session_id where s.host_account_id = " + host.id()));
        MimeMessage mail = TestMailServer.awaitMessage(email, message -> Mails.subject(message).contains(title),
                Duration.ofSeconds(30));
        VEvent event = Mails.calendar(mail).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals(first, Instant.from(event.getDateTimeStart().orElseThrow().getDate()));
        assertEquals(first.plus(Duration.ofHours(1)), Instant.from(event.getDateTimeEnd().orElseThrow().getDate()));
    }

    @Test
    void aResidentBooksFreeAndATimeTakenWhileTheyChoseIsRefusedWithTheNextOnes() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 0, 60);
        long service = Studio.service(6000, 60, host.id());
        String slug = TestDb.queryString("select slug from workshop where id = " + service);
        Accounts.TestAccount resident = Accounts.create("RESIDENT_ARTIST");

        inBrowser("studio-resident", "en-GB", 1280, 900, page -> {
            signedIn(page, resident);
            page.navigate(base + "studio/" + slug);
            assertThat(page.locator("#service-price")).hasText("Free");
            Locator times = page.locator(".slot-choice input[type=radio]");
            Instant chosen = Instant.ofEpochSecond(Long.parseLong(times.first().getAttribute("value").split("-")[0]));
            page.locator(".slot-choice label").first().click();
            page.getByText("I accept the booking terms").click();
            // The host goes away over the chosen hour after the page was drawn.
            Studio.absence(host.id(), chosen, chosen.plus(Duration.ofHours(1)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book for free")).click();
            assertThat(page.getByText("That time was just taken. Please choose another.")).isVisible();
            Instant firstNow = Instant.ofEpochSecond(Long.parseLong(times.first().getAttribute("value").split("-")[0]));
            assertTrue(firstNow.isAfter(chosen), "the list now starts after the time that went: " + firstNow);
            assertThat(page.getByLabel("Your name")).hasValue(TestDb.queryString("select display_name from account where id = " + resident.id()));

            page.locator(".slot-choice label").first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book for free")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
        });

        assertEquals("CONFIRMED 0", TestDb.queryString("select b.state || ' ' || b.total_amount from booking b "
                + "join session s on s.id = b.session_id where s.host_account_id = " + host.id()));
        assertEquals(0, Studio.overlappingAppointments(host.id()));
    }

    @Test
    void aVisitorMovesAPaidAppointmentToAnotherTimeAndNoMoneyMoves() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 30, 60);
        long service = Studio.service(7500, 60, host.id());
        LocalDate day = Studio.weekdayAfter(3);
        Instant first = day.atTime(11, 0).atZone(AMSTERDAM).toInstant();
        String email = "studio.move." + service + "@example.org";
        JsonObject held = json(post(service, appointment(first, "Mo Ved", email)).body());
        String reference = held.getString("reference");
        String bookingPage = base + "booking/" + reference + "?t=" + held.getString("token");

        inBrowser("studio-reschedule", "en-GB", 1280, 900, page -> {
            page.navigate(bookingPage);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change session"))).hasCount(0);
            Locator times = page.locator("#rescheduleTo option");
            String target = times.nth(2).getAttribute("value");
            page.getByLabel("New time").selectOption(target);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move my appointment")).click();
            assertThat(page.getByText("Your appointment is moved to")).isVisible();
        });

        Instant moved = TestDb.queryObject("select s.starts_at from booking b join session s on s.id = b.session_id "
                + "where b.reference = '" + reference + "'", java.time.OffsetDateTime.class).toInstant();
        assertFalse(moved.equals(first), "the booking is at its new time");
        assertEquals(1, TestDb.queryLong("select coalesce(sum(seats_taken), 0) from session where host_account_id = " + host.id()),
                "the old time is free again and the new one taken");
        assertEquals("CONFIRMED 7500", TestDb.queryString("select state || ' ' || total_amount from booking where reference = '"
                + reference + "'"));
        assertEquals(1, TestDb.queryLong("select count(*) from payment p join booking b on b.id = p.booking_id "
                + "where b.reference = '" + reference + "'"), "no money moves");
        assertEquals(0, TestDb.queryLong("select count(*) from refund r join booking b on b.id = r.booking_id "
                + "where b.reference = '" + reference + "'"));
        MimeMessage mail = TestMailServer.awaitMessage(email, message -> Mails.subject(message).startsWith("New time"),
                Duration.ofSeconds(30));
        VEvent event = Mails.calendar(mail).getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals(moved, Instant.from(event.getDateTimeStart().orElseThrow().getDate()));
        assertEquals(reference + "@atelier", event.getUid().orElseThrow().getValue(), "the same event, moved");
        JsonArray offered = json(get(slots(service, day, day.plusDays(1))).body()).getJsonArray("slots");
        assertTrue(offered.stream().map(JsonObject.class::cast).anyMatch(slot -> slot.getString("start").equals(first.toString())),
                "the old time is offered again");
    }

    @Test
    void aConnectedHostsBusyTimeInGoogleCalendarRemovesTheirTimes() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 0, 60);
        long service = Studio.service(6000, 60, host.id());
        String slug = TestDb.queryString("select slug from workshop where id = " + service);
        LocalDate day = Studio.weekdayAfter(4);
        inBrowser("studio-host-connects", "en-GB", 1280, 900, page -> {
            signedIn(page, host);
            connectGoogleCalendar(page);
            assertThat(page.getByText("Your Google Calendar is connected.")).isVisible();
        });
        FakeGoogle.busy("primary", day.atTime(12, 0).atZone(AMSTERDAM).toInstant(), day.atTime(13, 30).atZone(AMSTERDAM).toInstant());

        inBrowser("studio-busy-host", "en-GB", 1280, 900, page -> {
            page.navigate(base + "studio/" + slug + "?day=" + day);
            Locator labels = page.locator(".slot-choice label");
            // "new" offers 10:00 to 19:00; the host's dentist takes 12:00 and 13:00 (until 13:30).
            assertThat(labels).hasCount(8);
            List<String> times = labels.allTextContents().stream().map(label -> label.replaceAll("^.*, (\\d\\d:\\d\\d).*$", "$1"))
                    .toList();
            assertEquals(List.of("10:00", "11:00", "14:00", "15:00", "16:00", "17:00", "18:00", "19:00"), times);
        });
    }

    @Test
    void aHostKeepsTheirHoursAndBlocksADayWithAnAbsenceAndItsTimesGo() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 0, 60);
        long service = Studio.service(6000, 60, host.id());
        LocalDate day = Studio.weekdayAfter(5);
        String dayTimes = "api/v1/services/" + service + "/slots?from=" + day + "&until=" + day.plusDays(1);
        inBrowser("studio-host-hours", "en-GB", 1280, 900, page -> {
            signedIn(page, host);
            page.getByLabel(day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH), EXACT)
                    .fill("10:00-12:00, 13:00-15:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my hours")).click();
            assertThat(page.getByText("Your hours are saved.")).isVisible();
        });
        JsonArray kept = json(get(dayTimes).body()).getJsonArray("slots");
        assertEquals(List.of("10:00", "11:00", "13:00", "14:00"), kept.stream().map(JsonObject.class::cast)
                .map(slot -> Instant.parse(slot.getString("start")).atZone(AMSTERDAM).toLocalTime().toString()).toList(),
                "the break and the shorter day are kept");

        inBrowser("studio-host-away", "en-GB", 1280, 900, page -> {
            signedIn(page, host);
            page.getByLabel("Away from").fill(day.toString());
            page.getByLabel("Until and including").fill(day.toString());
            page.getByLabel("Reason (only you and the admins see it)").fill("Dentist");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the absence")).click();
            assertThat(page.getByText("Your absence is saved")).isVisible();
            page.navigate(base + "studio/" + TestDb.queryString("select slug from workshop where id = " + service) + "?day=" + day);
            assertThat(page.locator(".slot-choice input[type=radio]")).hasCount(0);
            assertThat(page.getByText("No free times here. Try another day.").first()).isVisible();

            page.navigate(base + "account");
            page.getByLabel("Away from").fill(day.plusDays(3).toString());
            page.getByLabel("Until and including").fill(day.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the absence")).click();
            assertThat(page.getByText("Choose the first and last day you are away")).isVisible();
        });
        assertEquals(1, TestDb.queryLong("select count(*) from host_absence where account_id = " + host.id()),
                "the backwards absence changed nothing");
    }

    @Test
    void anAdminPutsAVisitorOnTheWeekendListAndEditsThatProfile() throws Exception {
        Accounts.TestAccount host = Studio.host(LocalTime.of(9, 0), LocalTime.of(21, 0), 0, 0, 60);
        long service = Studio.service(6000, 60, host.id());
        String slug = TestDb.queryString("select slug from workshop where id = " + service);
        Accounts.TestAccount admin = Accounts.create("ADMIN");
        Accounts.TestAccount visitor = Accounts.create();
        try {
            inBrowser("studio-admin-planning", "en-GB", 1280, 900, page -> {
                signedIn(page, admin);
                page.navigate(base + "admin/studio");
                Locator weekend = page.locator("[data-profile='weekend']");
                weekend.locator("input[id$='latest']").fill("09:00");
                weekend.getByRole(AriaRole.BUTTON).click();
                assertThat(page.getByText("Profile weekend was not saved")).isVisible();
                assertEquals("18:00:00", TestDb.queryString("select latest::text from planning_profile where name = 'weekend'"));

                page.navigate(base + "admin/studio");
                weekend = page.locator("[data-profile='weekend']");
                weekend.locator("input[id$='suggestions']").fill("4");
                weekend.getByRole(AriaRole.BUTTON).click();
                assertThat(page.getByText("Profile weekend is saved.")).isVisible();
                page.getByLabel("Visitor's e-mail address").fill(visitor.email());
                page.getByLabel("Segment", EXACT).selectOption("weekend");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set segment")).click();
                assertThat(page.getByText("The segment of " + visitor.email() + " is saved.")).isVisible();
            });
            inBrowser("studio-weekend-visitor", "en-GB", 1280, 900, page -> {
                signedIn(page, visitor);
                page.navigate(base + "studio/" + slug);
                Locator times = page.locator(".slot-choice input[type=radio]");
                assertThat(times).hasCount(4);
                for (String value : times.evaluateAll("inputs => inputs.map(input => input.value)").toString()
                        .replaceAll("[\\[\\] ]", "").split(",")) {
                    Instant start = Instant.ofEpochSecond(Long.parseLong(value.split("-")[0]));
                    assertTrue(start.atZone(AMSTERDAM).getDayOfWeek().getValue() >= 6, "weekend only: " + start.atZone(AMSTERDAM));
                }
            });
        } finally {
            TestDb.execute("update planning_profile set suggestions = 6, latest = '18:00' where name = 'weekend'");
        }
    }

    private static String slots(long service, LocalDate from, LocalDate until) {
        return "api/v1/services/" + service + "/slots?from=" + from + "&until=" + until;
    }

    private static String appointment(Instant start, String name, String email) {
        return "{\"start\":\"" + start + "\",\"buyer\":{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}}";
    }

    private HttpResponse<String> post(long service, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/services/" + service + "/appointments"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(int status, HttpResponse<String> response, String detailPart) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        JsonObject problem = json(response.body());
        assertTrue(problem.getString("detail").contains(detailPart), problem.getString("detail"));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
