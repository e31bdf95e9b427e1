package eu.sadarbe.accounts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;

/**
 * A failed sign-in in one browser shows up for the administrator in another, on the security events page reached
 * from the start page, in English and Latvian, at desktop width and on a 375 px phone; axe finds no barrier.
 */
@SadarbeTest
class SecurityEventsBrowserTests extends BrowserTest {

    @Autowired
    AccountRegister register;

    @Test
    void anAdministratorFindsAFailedSignInOnTheSecurityEventsPage() {
        String email = "browser-" + System.nanoTime() + "@example.eu";
        try (BrowserContext stranger = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = stranger.newPage();
            page.navigate(url("/sign-in"));
            page.locator("#email").fill(email);
            page.locator("#password").fill("not-the-password");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("not right");
            assertThat(page.locator("#email")).hasValue(email);
            assertThat(page.url()).doesNotContain("example.eu");
            Browsers.assertAccessible(page);
        }
        try {
            administratorReadsTheEvents(email);
        } finally {
            // The Latvian page saved the administrator's language; other tests expect English.
            register.byEmail("admin@demo.sadarbe.eu").ifPresent(admin -> register.preferLanguage(admin.id(), Locale.ENGLISH));
        }
    }

    private void administratorReadsTheEvents(String email) {
        for (int width : new int[] {1280, 375}) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                    .setViewportSize(width, 900))) {
                Page page = context.newPage();
                signIn(page, "admin@demo.sadarbe.eu");
                page.navigate(url("/?lang=en"));   // whatever language earlier tests left as the admin's choice
                page.locator("a[href='/admin/security-events']").click();
                assertThat(page.locator("h1")).hasText("Security events");
                page.locator("#kind").selectOption("SIGN_IN_FAILED");
                page.locator("#person").fill(email);
                page.locator("#filters button[type=submit]").click();
                assertThat(page.locator("#count")).hasText("Events found: 1");
                assertThat(page.locator("#events tbody tr").first()).containsText("Sign-in failed");
                assertThat(page.locator("#events tbody tr").first()).containsText(email);
                Browsers.assertAccessible(page);
                assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("no sideways scrolling of the page at %d px", width).isTrue();

                if (width == 375) {
                    page.navigate(url("/admin/security-events?lang=lv&from=not-a-day"));
                    assertThat(page.locator("h1")).hasText("Drošības notikumi");
                    assertThat(page.locator(".govuk-error-summary")).containsText("Ievadiet pirmo dienu kā datumu");
                    Browsers.assertAccessible(page);
                }
            }
        }
    }
}
