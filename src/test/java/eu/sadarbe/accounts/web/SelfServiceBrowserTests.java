package eu.sadarbe.accounts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.submission.SubmissionTest;
import eu.sadarbe.web.MailParts;
import eu.sadarbe.web.ReceivedMail;

/**
 * Issue #15 in a real browser, axe-checked at desktop and phone widths: a newcomer signs up in Latvian, opens the
 * e-mailed link, signs in, registers an organisation and starts an application; a forgotten password is reset in
 * English through the e-mailed link.
 */
@SubmissionTest
class SelfServiceBrowserTests extends BrowserTest {

    static final Pattern LINK = Pattern.compile("http://localhost:8080(/(?:sign-up/verify|password-reset)/[A-Za-z0-9_.-]+)");

    @Autowired
    GreenMail greenMail;

    @Autowired
    AccountRegister register;

    BrowserContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aNewcomerSignsUpInLatvianVerifiesRegistersAnOrganisationAndStartsAnApplication() throws Exception {
        context = newContext("lv-LV");
        Page page = context.newPage();
        String email = "jauna-" + UUID.randomUUID() + "@example.lv";
        String password = "dzeltena laiva kalnā zied";

        page.navigate(url("/?lang=lv"));
        page.locator("#sign-up-link").click();
        assertThat(page.locator("h1")).hasText("Izveidot kontu");
        accessibleAtBothWidths(page);

        page.locator("#name").fill("Līga Jaunā");
        page.locator("#email").fill(email);
        page.locator("#password").fill("ligajauna123");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Neizmantojiet parolē savu vārdu");
        accessibleAtBothWidths(page);

        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Pārbaudiet savu e-pastu");
        accessibleAtBothWidths(page);

        page.navigate(url(link(ReceivedMail.to(greenMail, email, "Aktivizējiet savu Sadarbe kontu"))));
        assertThat(page.locator("h1")).hasText("Jūsu konts ir aktīvs");
        accessibleAtBothWidths(page);

        page.locator("main a[href$='/sign-in']").click();
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".sadarbe-signed-in")).containsText("Līga Jaunā");

        page.navigate(url("/organisations/new?lang=lv"));
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        page.locator("#legalName").fill("Valmieras jauniešu biedrība " + number);
        page.locator("#country").selectOption("LV");
        page.locator("#city").fill("Valmiera");
        page.locator("#address").fill("Rīgas iela 10");
        page.locator("#organisationType").selectOption("NGO");
        page.locator("#registrationNumber").fill(number);
        page.locator("#legalRepresentativeName").fill("Līga Jaunā");
        page.locator("#contactName").fill("Līga Jaunā");
        page.locator("#contactEmail").fill(email);
        page.locator("label[for=field-0]").click();
        page.locator("form button[type=submit]").last().click();
        assertThat(page.locator("#oid")).hasText(Pattern.compile("^E\\d{8}$"));
        String oid = page.locator("#oid").textContent().strip();

        page.navigate(url("/applications/new?lang=lv"));
        page.locator("#actionType").selectOption("KA204");
        page.locator("#applicant").selectOption(oid);
        page.locator("#title").fill("Pieaugušo digitālās prasmes Vidzemē");
        page.locator("#main-content form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Pieaugušo digitālās prasmes Vidzemē");
        Browsers.assertAccessible(page);
        org.assertj.core.api.Assertions.assertThat(register.byEmail(email).orElseThrow().roles())
                .containsExactly(Role.APPLICANT);
    }

    @Test
    void aForgottenPasswordIsResetInEnglishThroughTheEmailedLink() throws Exception {
        String email = "forgetful-" + UUID.randomUUID() + "@example.eu";
        register.open(email, "Forgetful Person", "old long secret phrase here", java.util.Set.of(Role.APPLICANT), null);
        context = newContext("en-GB");
        Page page = context.newPage();

        page.navigate(url("/sign-in?lang=en"));
        page.locator("#password-reset-link").click();
        assertThat(page.locator("h1")).hasText("Reset your password");
        accessibleAtBothWidths(page);
        page.locator("#email").fill(email);
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("main")).containsText("If " + email + " has an account");
        accessibleAtBothWidths(page);

        page.navigate(url(link(ReceivedMail.to(greenMail, email, "Choose a new Sadarbe password"))));
        assertThat(page.locator("h1")).hasText("Choose a new password");
        accessibleAtBothWidths(page);
        page.locator("#password").fill("password1234");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("too easy to guess");
        accessibleAtBothWidths(page);
        page.locator("#password").fill("copper meadow lantern brisk");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Your password is saved");
        accessibleAtBothWidths(page);

        page.locator("main a[href$='/sign-in']").click();
        page.locator("#email").fill(email);
        page.locator("#password").fill("copper meadow lantern brisk");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".sadarbe-signed-in")).containsText("Forgetful Person");
        page.navigate(url("/account"));
        assertThat(page.locator("h1")).hasText("Your account");
        accessibleAtBothWidths(page);
        page.navigate(url("/accessibility"));
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        accessibleAtBothWidths(page);
        page.navigate(url("/accessibility?lang=lv"));
        assertThat(page.locator("h1")).hasText("Piekļūstamības paziņojums");
        Browsers.assertAccessible(page);
    }

    static void accessibleAtBothWidths(Page page) {
        page.setViewportSize(1280, 900);
        Browsers.assertAccessible(page);
        page.setViewportSize(375, 812);
        Browsers.assertAccessible(page);
        page.setViewportSize(1280, 900);
    }

    static String link(MimeMessage mail) throws Exception {
        Matcher found = LINK.matcher(MailParts.text(mail));
        if (!found.find()) {
            throw new AssertionError("No link in the e-mail");
        }
        return found.group(1);
    }
}
