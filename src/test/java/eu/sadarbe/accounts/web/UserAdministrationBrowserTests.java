package eu.sadarbe.accounts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.twofactor.AuthenticatorApp;

/**
 * An administrator sets up two-factor sign-in, signs in again with a code from the authenticator app, and opens
 * an LV01 officer's account (in Latvian, at desktop width) and an expert's (in English, on a 375 px phone); axe
 * finds no barrier on any of the pages.
 */
@SadarbeTest
class UserAdministrationBrowserTests extends BrowserTest {

    static final String PASSWORD = "browser-admin-password";

    @Autowired
    AccountRegister register;

    @Autowired
    Clock clock;

    @Test
    void theAdministratorEnrolsSignsInWithACodeAndOpensAnOfficerAndAnExpert() {
        AccountSummary admin = register.open("browser-admin-" + UUID.randomUUID() + "@example.eu",
                "Pārlūka Administrators", PASSWORD, Set.of(Role.ADMIN), null);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signInWithPassword(page, admin.email());
            page.navigate(url("/account?lang=en"));
            Browsers.assertAccessible(page);
            page.locator("#two-factor-start").click();
            assertThat(page.locator("h1")).hasText("Set up two-factor sign-in");
            assertThat(page.locator("#qr-code")).isVisible();
            Browsers.assertAccessible(page);
            String secret = page.locator("#secret").textContent().replace(" ", "");
            page.locator("#code").fill(code(secret, -1));
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            Browsers.assertAccessible(page);

            page.locator("[data-testid=sign-out]").click();
            signInWithPassword(page, admin.email());
            assertThat(page.locator("h1")).hasText("Enter your sign-in code");
            Browsers.assertAccessible(page);
            page.locator("#code").fill(code(secret, 0));
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("[data-role=ADMIN]")).isVisible();

            String officer = "lv01-officer-" + UUID.randomUUID() + "@example.eu";
            page.navigate(url("/admin/users?lang=lv"));
            assertThat(page.locator("h1")).hasText("Konti");
            Browsers.assertAccessible(page);
            page.locator("#new-account").click();
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Izvēlieties valsts aģentūru");
            Browsers.assertAccessible(page);
            page.locator("#email").fill(officer);
            page.locator("#displayName").fill("Ieva Bērziņa");
            page.locator("#role").check();
            page.locator("#agency").selectOption("LV01");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#first-password")).hasText(java.util.regex.Pattern.compile("\\S{16}"));
            assertThat(page.locator("#roles")).hasText("Valsts aģentūras darbinieks");
            Browsers.assertAccessible(page);

            page.setViewportSize(375, 800);
            String expert = "lv01-expert-" + UUID.randomUUID() + "@example.eu";
            page.navigate(url("/admin/users/new?lang=en"));
            page.locator("#email").fill(expert);
            page.locator("#displayName").fill("Oskars Eksperts");
            page.locator("#role-EXPERT").check();
            page.locator("#agency").selectOption("LV01");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#roles")).hasText("Expert");
            Browsers.assertAccessible(page);
            page.navigate(url("/admin/users?q=lv01-"));
            assertThat(page.locator("#accounts")).containsText(officer);
            assertThat(page.locator("#accounts")).containsText(expert);
            Browsers.assertAccessible(page);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling of the page at 375 px").isTrue();

            page.navigate(url("/account?lang=lv"));
            assertThat(page.locator("#two-factor-status")).containsText("Ieslēgta");
            Browsers.assertAccessible(page);
            page.locator("footer a[href='/privacy']").click();
            assertThat(page.locator("h1")).hasText("Privātuma paziņojums");
            Browsers.assertAccessible(page);
        }
    }

    private void signInWithPassword(Page page, String email) {
        page.navigate(url("/sign-in"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("main form button[type=submit]").click();
    }

    private String code(String secret, int drift) {
        return AuthenticatorApp.code(clock, secret, drift);
    }
}
