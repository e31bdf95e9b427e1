package eu.sadarbe.places.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;

/** The distance calculator in a real browser, in English and Latvian, checked by axe. Its forms are plain GETs. */
@SadarbeTest
class DistanceBrowserTests extends BrowserTest {

    @Test
    void measuresAfterAskingWhichPlaceIsMeantInEnglishAndLatvian() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        Page page = context.newPage();
        page.navigate(url("/distances"));
        Browsers.assertAccessible(page);

        page.locator("#from").fill("Riga");
        page.locator("#to").fill("Frankfurt");
        page.locator("[data-testid='distance-form'] button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Which place do you mean?");
        Browsers.assertAccessible(page);
        page.getByLabel("Frankfurt (Oder), DE").check();
        page.locator("[data-testid='choose-form'] button[type=submit]").click();
        assertThat(page.locator("[data-testid='kilometres']")).containsText("km");
        assertThat(page.locator("[data-testid='meeting-band']")).containsText("100–1999 km");
        assertThat(page.locator("#to")).hasValue("Frankfurt (Oder), DE");
        Browsers.assertAccessible(page);

        page.locator("a[hreflang='lv']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "lv");
        page.locator("#from").fill("Cesis");
        page.locator("#to").fill("Lisabona");
        page.locator("[data-testid='distance-form'] button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Attāluma kalkulators");
        assertThat(page.locator("table caption")).containsText("Cēsis");
        assertThat(page.locator("[data-testid='learning-band']")).containsText("3000–3999 km");
        Browsers.assertAccessible(page);

        page.locator("#to").fill("Nekurciems");
        page.locator("[data-testid='distance-form'] button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Vieta \"Nekurciems\" netika atrasta");
        Browsers.assertAccessible(page);
        context.close();
    }
}
