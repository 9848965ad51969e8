package org.atelier.interfaces.web;

import jakarta.mail.internet.MimeMessage;
import org.atelier.testing.DeployedAtelier;
import org.atelier.testing.Deployments;
import org.atelier.testing.db.Accounts;
import org.atelier.testing.db.Fixtures;
import org.atelier.testing.db.TestDb;
import org.atelier.testing.fake.Mails;
import org.atelier.testing.fake.TestMailServer;
import org.atelier.testing.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

/**
 * Who may reach what, and what a stranger can do with a link, a session or a forged request:
 * the admin area is invisible to non-admins, reset links work once and only in time, sessions are
 * renewed at sign-in, guessing is slowed down, and prices never come from the request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT extends DeployedAtelier {

    private static final String NOT_FOUND = "Page not found";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Test
    void everyAdminAddressAndActionAnswersNotFoundToGuestsAndVisitorsButOpensForAnAdmin() throws Exception {
        List<String> addresses = adminAddresses();
        Http guest = new Http(base);
        Http visitor = new Http(base);
        Accounts.TestAccount visitorAccount = Accounts.create("RESIDENT_ARTIST", "HOST");
        Accounts.signIn(visitor, visitorAccount.email(), visitorAccount.password());
        for (Http caller : List.of(guest, visitor)) {
            for (String address : addresses) {
                HttpResponse<String> get = caller.get(address);
                assertEquals(404, get.statusCode(), "GET " + address);
                assertTrue(get.body().contains(NOT_FOUND), "the ordinary not-found page for " + address);
                HttpResponse<String> post = caller.postForm(address, Map.of("jakarta.faces.ViewState", "stateless",
                        "action", "grant", "role", "ADMIN"));
                assertEquals(404, post.statusCode(), "POST " + address);
            }
        }

        Http admin = new Http(base);
        Accounts.TestAccount adminAccount = Accounts.create("ADMIN");
        Accounts.signIn(admin, adminAccount.email(), adminAccount.password());
        HttpResponse<String> dashboard = admin.get("admin");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Manage workshops, bookings"), "the admin sees the dashboard");

        TestDb.execute("delete from account_role where account_id = " + adminAccount.id());
        assertEquals(404, admin.get("admin").statusCode(), "a revoked admin is out at once, without signing out");
    }

    @Test
    void aResetLinkWorksOnceAndNeitherAfterItExpiresNorWhenForged() throws Exception {
        Accounts.TestAccount account = Accounts.create();
        Http owner = new Http(base);

        String link = askForReset(owner, account.email());
        String token = Mails.token(link);
        HttpResponse<String> used = choosePassword(owner, link, "a brand new password 1");
        assertEquals(302, used.statusCode());
        assertTrue(used.headers().firstValue("Location").orElse("").contains("/signin?notice=reset"));
        String hashAfterReset = passwordHash(account);
        assertTrue(hashAfterReset.startsWith("PBKDF2WithHmacSHA512:"));
        assertFalse(hashAfterReset.contains("a brand new password 1"));
        assertEquals(0, TestDb.queryLong("select count(*) from account_token where token_hash = '" + token + "'"),
                "the database keeps a digest, not the token");
        assertEquals(1, TestDb.queryLong("select count(*) from account_token where token_hash = '" + sha256(token) + "'"));

        HttpResponse<String> again = owner.get(link);
        assertTrue(again.body().contains("This link has already been used or has expired."));
        assertFalse(again.body().contains("New password again"), "no form for a spent link");

        String second = askForReset(owner, account.email());
        String form = owner.get(second).body();
        TestDb.execute("update account_token set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'"
                + " where token_hash = '" + sha256(Mails.token(second)) + "'");
        HttpResponse<String> late = postReset(owner, second, form, "a password too late 22");
        assertTrue(late.body().contains("This link has already been used or has expired."), "expired");
        assertEquals(hashAfterReset, passwordHash(account), "an expired link changes nothing");

        String forged = base + "account/reset?token=" + token.substring(1) + "x";
        assertTrue(owner.get(forged).body().contains("This link has already been used or has expired."));
        assertEquals(hashAfterReset, passwordHash(account));
        Accounts.signIn(owner, account.email(), "a brand new password 1");
        assertTrue(owner.get("account").body().contains(account.email()), "the password from the used link works");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndItsIdChangesAtSignIn() throws Exception {
        Http http = new Http(base);
        HttpResponse<String> signInPage = http.get("signin");
        String cookie = sessionCookie(signInPage).orElseThrow(() -> new AssertionError("no session cookie"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP here; Secure comes with an https:// public address");

        Accounts.TestAccount account = Accounts.create();
        HttpResponse<String> signedIn = http.postForm("signin", Map.of("signin", "signin", "signin:email", account.email(),
                "signin:password", account.password(), "signin:next", "/account", "signin:submit", "",
                "jakarta.faces.ViewState", Http.viewState(signInPage.body())));
        assertEquals(302, signedIn.statusCode());
        String renewed = sessionCookie(signedIn).orElseThrow(() -> new AssertionError("no new session id at sign-in"));
        assertNotEquals(cookieValue(cookie), cookieValue(renewed));
    }

    @Test
    void repeatedWrongPasswordsMakeTheNextAttemptWaitEvenWithTheRightOne() throws Exception {
        Accounts.TestAccount account = Accounts.create();
        Http guesser = new Http(base);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(302, Accounts.signIn(guesser, account.email(), "wrong guess " + attempt).statusCode(),
                    "/account still sends a guest to sign in");
        }
        String page = guesser.get("signin").body();
        HttpResponse<String> sixth = guesser.postForm("signin", Map.of("signin", "signin", "signin:email", account.email(),
                "signin:password", account.password(), "signin:next", "/account", "signin:submit", "",
                "jakarta.faces.ViewState", Http.viewState(page)));
        assertEquals(200, sixth.statusCode(), "no redirect into the account");
        assertTrue(sixth.body().contains("Too many attempts. Please wait"), "the right password has to wait too");
        assertEquals(302, guesser.get("account").statusCode(), "still signed out");
    }

    @Test
    void aFormPostedWithoutItsPagesViewStateDoesNothing() throws Exception {
        Accounts.TestAccount account = Accounts.create();
        long mailsBefore = TestMailServer.countTo(account.email());
        HttpResponse<String> forged = new Http(base).postForm("account/forgot", Map.of("forgot", "forgot",
                "forgot:email", account.email(), "forgot:submit", "", "jakarta.faces.ViewState", "-1234:5678"));
        assertTrue(forged.statusCode() == 302 && forged.headers().firstValue("Location").orElse("").contains("expired")
                || forged.body().contains("This page has expired"), "the expired page, not the form's answer");
        // A mail would follow the request within moments: none arrives over a second and a half.
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> TestMailServer.countTo(account.email()) == mailsBefore);
        assertEquals(0, TestDb.queryLong("select count(*) from account_token where account_id = " + account.id()));
    }

    @Test
    void theApiTakesNeitherPriceNorRoleNorAccountFromTheRequest() throws Exception {
        long session = Fixtures.session(Fixtures.publishedWorkshop(4000, 4, "textiles"), Duration.ofDays(3), 6, 0);
        Accounts.TestAccount resident = Accounts.create("RESIDENT_ARTIST");
        HttpResponse<String> held = new Http(base).post("api/v1/bookings", "{\"sessionId\":" + session
                + ",\"quantity\":2,\"buyer\":{\"name\":\"Tam Per\",\"email\":\"" + resident.email() + "\"},"
                + "\"price\":0,\"unitPrice\":0,\"total\":{\"amount\":0,\"currency\":\"EUR\"},\"role\":\"RESIDENT_ARTIST\","
                + "\"roles\":[\"RESIDENT_ARTIST\"],\"accountId\":" + resident.id() + "}", Map.of("Content-Type", "application/json"));
        assertEquals(201, held.statusCode(), held.body());
        String booking = "from booking where session_id = " + session;
        assertEquals(8000, TestDb.queryLong("select total_amount " + booking));
        assertEquals(0, TestDb.queryLong("select count(*) " + booking + " and account_id is not null"));
        assertEquals("", TestDb.queryString("select price_roles " + booking));
    }

    /** Asks for a reset link through the form and answers the link of the mail that arrives. */
    private String askForReset(Http http, String email) throws Exception {
        String page = http.get("account/forgot").body();
        int before = resetMails(email).size();
        http.postForm("account/forgot", Map.of("forgot", "forgot", "forgot:email", email, "forgot:submit", "",
                "jakarta.faces.source", "forgot:submit", "jakarta.faces.ViewState", Http.viewState(page)));
        await("a reset mail to " + email).atMost(Duration.ofSeconds(30)).until(() -> resetMails(email).size() > before);
        List<MimeMessage> mails = resetMails(email);
        return Mails.link(mails.get(mails.size() - 1), "/account/reset?token=", base);
    }

    private static List<MimeMessage> resetMails(String email) {
        return TestMailServer.messagesTo(email).stream()
                .filter(message -> Mails.subject(message).startsWith("Choose a new password")).toList();
    }

    private HttpResponse<String> choosePassword(Http http, String link, String password) {
        return postReset(http, link, http.get(link).body(), password);
    }

    private HttpResponse<String> postReset(Http http, String link, String form, String password) {
        return http.postForm(link.substring(base.toString().length()), Map.of("reset", "reset",
                "reset:password", password, "reset:repeated", password, "reset:submit", "",
                "jakarta.faces.source", "reset:submit", "jakarta.faces.ViewState", Http.viewState(form)));
    }

    /** /admin itself, the export, and each admin page with and without its .xhtml, as found in the shipped war. */
    private static List<String> adminAddresses() {
        List<String> addresses = new ArrayList<>(List.of("admin", "admin/", "admin/bookings.csv"));
        for (ArchivePath path : Deployments.atelierWar().getContent().keySet()) {
            String name = path.get();
            if (name.startsWith("/admin/") && name.endsWith(".xhtml")) {
                addresses.add(name.substring(1));
                addresses.add(name.substring(1, name.length() - ".xhtml".length()));
            }
        }
        assertTrue(addresses.size() > 2, "the war has admin pages");
        return addresses;
    }

    private static String passwordHash(Accounts.TestAccount account) throws Exception {
        return TestDb.queryString("select password_hash from account where id = " + account.id());
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static String cookieValue(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
