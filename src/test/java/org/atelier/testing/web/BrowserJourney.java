package org.atelier.testing.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import org.atelier.testing.DeployedAtelier;
import org.atelier.testing.db.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every browser test needs: one headless Chromium for the class, a fresh visitor (own
 * cookies) per journey, a full-page screenshot in target/ when a journey fails, and signing in.
 */
public abstract class BrowserJourney extends DeployedAtelier {

    protected static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** What a visitor does in the browser; it may look into the database or the mail on the way. */
    @FunctionalInterface
    protected interface Steps {
        void walk(Page page) throws Exception;
    }

    /**
     * Walks {@code steps} as a new visitor with this browser language and window size. Anything the
     * page's Content-Security-Policy blocked (an inline script, a handler, an eval) fails the walk:
     * a blocked script is a feature that silently does not work.
     */
    protected void inBrowser(String name, String locale, int width, int height, Steps steps) throws Exception {
        try (BrowserContext visitor = browser.visitor(locale, width, height)) {
            Page page = visitor.newPage();
            List<String> blocked = new CopyOnWriteArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    blocked.add(page.url() + ": " + message.text());
                }
            });
            try {
                steps.walk(page);
                assertEquals(List.of(), blocked, "what the Content-Security-Policy blocked");
            } catch (Exception | AssertionError e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/" + name + "-failure.png"))
                        .setFullPage(true));
                throw e;
            }
        }
    }

    /** Signs in through the form; the page stays where the attempt ends. */
    protected void signIn(Page page, String email, String password) {
        page.navigate(base + "signin");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Signs in and waits for the account page, which is where a successful sign-in lands. */
    protected void signedIn(Page page, Accounts.TestAccount account) {
        signIn(page, account.email(), account.password());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
    }

    /** From the account page through Google's consent (Allow) back to the account page. */
    protected void connectGoogleCalendar(Page page) {
        page.navigate(base + "account");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Connect Google Calendar")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in with Google"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Allow")).click();
    }

    /** A booking held through the public API; answers its reference. */
    protected String heldBooking(long session, int seats, String name, String email) {
        return Json.createReader(new StringReader(hold(session, seats, name, email))).readObject().getString("reference");
    }

    /** Someone a buyer brings along, by name and (when they want mail) address. */
    public record Guest(String name, String email) {
    }

    /**
     * A booking held through the API, with these guests as its participants, and paid in the sandbox
     * by its buyer's browser; answers its reference.
     */
    protected String paidBooking(long session, int seats, String name, String email, Guest... guests) throws Exception {
        var held = Json.createReader(new StringReader(hold(session, seats, name, email, guests))).readObject();
        String paymentPage = held.getString("paymentUrl").replaceFirst("^https?://[^/]+/", base.toString());
        inBrowser("pay-" + held.getString("reference"), "en-GB", 1280, 900, page -> {
            page.navigate(paymentPage);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirmed"))).isVisible();
        });
        return held.getString("reference");
    }

    private String hold(long session, int seats, String name, String email, Guest... guests) {
        var participants = Json.createArrayBuilder();
        for (Guest guest : guests) {
            participants.add(Json.createObjectBuilder().add("name", guest.name()).add("email", guest.email()));
        }
        var response = new Http(base).post("api/v1/bookings", Json.createObjectBuilder().add("sessionId", session)
                .add("quantity", seats).add("buyer", Json.createObjectBuilder().add("name", name).add("email", email))
                .add("participants", participants).build().toString(), Map.of("Content-Type", "application/json"));
        assertEquals(201, response.statusCode(), response.body());
        return response.body();
    }
}
