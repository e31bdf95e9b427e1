package eu.sadarbe.calls;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;

/** A VIAA officer defines a round and extends it, in Latvian; everyone reads the deadlines; axe finds no barrier. */
@SadarbeTest
class CallRoundsBrowserTests extends BrowserTest {

    @Test
    void anAdministratorDefinesAndExtendsARoundInLatvian() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/rounds"));
            assertThat(page.locator("#rounds")).containsText("COVID-19");
            Browsers.assertAccessible(page);

            signIn(page, "admin@demo.sadarbe.eu");

            page.navigate(url("/rounds/new?lang=lv"));
            assertThat(page.locator("h1")).hasText("Izveidot konkursa kārtu");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Izvēlieties vismaz vienu darbības veidu.");
            Browsers.assertAccessible(page);

            page.locator("#callYear").fill("2019");
            page.locator("#roundNumber").fill("2");
            page.locator("#label").fill("Pārbaudes kārta");
            page.getByLabel("KA204", new Page.GetByLabelOptions().setExact(true)).check();
            page.locator("#deadlineDate").fill("2019-03-21");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#deadline-warning")).containsText("Termiņš jau ir beidzies");
            Browsers.assertAccessible(page);
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Kārta ir saglabāta.");

            page.locator("#rounds tr", new Page.LocatorOptions().setHasText("Pārbaudes kārta"))
                    .getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            page.locator("#deadlineDate").fill("2019-03-28");
            page.locator("#reason").fill("Tehniskas problēmas");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#rounds tr", new Page.LocatorOptions().setHasText("Pārbaudes kārta")))
                    .containsText("28.03.2019 12:00:00");
            assertThat(page.locator("#rounds tr", new Page.LocatorOptions().setHasText("Pārbaudes kārta")))
                    .containsText("pagarināja admin@demo.sadarbe.eu");
            Browsers.assertAccessible(page);
            page.navigate(url("/?lang=en"));
        }
    }

}
