package org.atelier.interfaces.web.account;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.atelier.testing.Deployments;
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

import java.time.Duration;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A visitor makes an account in a real browser: signs up, proves the address, forgets the password and sets a new one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atelierWar();
    }

    @Test
    void aVisitorSignsUpVerifiesTheAddressAndLaterResetsThePassword() throws Exception {
        String email = "frida-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        inBrowser("account-journey", "en-GB", 390, 844, page -> {
                signUpAndVerify(page, email);
                signIn(page, email, "first password, long enough");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();
                assertThat(page.getByText("Frida Kahlo · " + email)).isVisible();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();

                String resetLink = askForResetLink(page, email);
                page.navigate(resetLink);
                page.locator("#reset\\:password").fill("second password, longer still");
                page.getByLabel("New password again").fill("second password, longer still");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my new password")).click();
                assertThat(page.getByText("Your new password is set")).isVisible();

                signIn(page, email, "first password, long enough");
                assertThat(page.getByText("That e-mail address and password do not match an account.")).isVisible();
                signIn(page, email, "second password, longer still");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account"))).isVisible();

                page.navigate(resetLink);
                assertThat(page.getByText("This link has already been used or has expired.")).isVisible();
                assertEquals(0, page.locator("#reset\\:password").count(), "a spent link offers no form");
        });
    }

    @Test
    void aTooShortPasswordIsRefusedBesideItsFieldAndNoAccountIsMade() throws Exception {
        String email = "short-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        inBrowser("short-password", "nl-NL", 1280, 900, page -> {
            page.navigate(base + "signup");
            page.getByLabel("Je naam").fill("Piet Mondriaan");
            page.getByLabel("E-mailadres").fill(email);
            page.getByLabel("Wachtwoord").fill("kort");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account aanmaken")).click();
            assertThat(page.locator(".field:has([id='signup:password']) .ui-message-error"))
                    .containsText("Kies een wachtwoord van minstens 10 tekens.");
        });
        assertEquals(0, TestDb.queryLong("select count(*) from account where email = '" + email + "'"));
        assertEquals(0, TestMailServer.countTo(email));
    }

    private void signUpAndVerify(Page page, String email) throws InterruptedException {
        page.navigate(base + "signup");
        page.getByLabel("Your name").fill("Frida Kahlo");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill("first password, long enough");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your e-mail"))).isVisible();

        signIn(page, email, "first password, long enough");
        assertThat(page.getByText("Please confirm your e-mail address first.")).isVisible();

        MimeMessage mail = TestMailServer.awaitMessage(email,
                message -> Mails.subject(message).startsWith("Confirm your e-mail address"), Duration.ofSeconds(30));
        page.navigate(Mails.link(mail, "/account/verify?token=", base));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my e-mail address")).click();
        assertThat(page.getByText("Your e-mail address is confirmed. You can sign in now.")).isVisible();
    }


    private String askForResetLink(Page page, String email) throws InterruptedException {
        page.navigate(base + "account/forgot");
        page.getByLabel("E-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.getByText("If " + email + " has an account")).isVisible();
        MimeMessage mail = TestMailServer.awaitMessage(email,
                message -> Mails.subject(message).startsWith("Choose a new password"), Duration.ofSeconds(30));
        return Mails.link(mail, "/account/reset?token=", base);
    }
}
