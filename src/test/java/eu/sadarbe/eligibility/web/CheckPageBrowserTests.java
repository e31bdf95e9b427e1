package eu.sadarbe.eligibility.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;

/** "Can we apply?" in a real browser: the budget follows the typing (htmx), in English and Latvian, axe clean. */
@SadarbeTest
class CheckPageBrowserTests extends BrowserTest {

    @Test
    void theBudgetFollowsTheTypingAndTheVerdictExplainsTheRules() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(url("/check"));
            assertThat(page.locator("h1")).hasText("Can we apply?");
            Browsers.assertAccessible(page);

            page.locator("#org-0-country").fill("LV");
            page.locator("#org-0-type").selectOption("VET_PROVIDER");
            page.locator("#org-1-country").fill("EE");
            page.locator("#org-1-type").selectOption("VET_PROVIDER");
            // Without submitting: htmx posts the form after a pause in typing.
            assertThat(page.locator("[data-testid='verdict']")).containsText("Not yet eligible");
            assertThat(page.locator("[data-testid='findings']")).containsText("R-ELIG-02");
            assertThat(page.locator("[data-testid='total']")).hasText("€18,000.00");

            page.locator("#org-2-country").fill("DE");
            page.locator("#org-2-type").selectOption("VET_PROVIDER");
            assertThat(page.locator("[data-testid='verdict']")).containsText("You can apply");
            assertThat(page.locator("[data-testid='total']")).hasText("€24,000.00");
            assertThat(page).hasURL(url("/check"));
            Browsers.assertAccessible(page);
        }
    }

    @Test
    void worksInLatvianWithoutJavaScript() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV")
                .setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url("/check?lang=lv"));
            assertThat(page.locator("h1")).hasText("Vai varam pieteikties?");
            page.locator("#actionType").selectOption("KA229");
            page.locator("#projectType").selectOption("EXCHANGE_OF_GOOD_PRACTICES");
            page.locator("#org-0-country").fill("LV");
            page.locator("#org-1-country").fill("EE");
            page.locator("#durationMonths").fill("30");
            page.locator("#check-form button[type=submit]").click();
            assertThat(page.locator("[data-testid='verdict']")).containsText("Vēl neatbilst noteikumiem");
            assertThat(page.locator("[data-testid='findings']")).containsText("R-ELIG-06");
            assertThat(page.locator("[data-testid='budget'] caption")).hasText("Dotācija, ko varat pieprasīt");
        }
        // axe needs JavaScript: the same Latvian results, reached with htmx this time.
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV"))) {
            Page page = context.newPage();
            page.navigate(url("/check?lang=lv"));
            page.locator("#actionType").selectOption("KA229");
            page.locator("#org-0-country").fill("LV");
            page.locator("#org-1-country").fill("EE");
            page.locator("#durationMonths").fill("30");
            assertThat(page.locator("[data-testid='findings']")).containsText("R-ELIG-06");
            Browsers.assertAccessible(page);
        }
    }

    @Test
    void thePriorityBoxShowsItsStateAndTheVerdictStaysInViewWhileTyping() {
        for (String language : new String[] {"en-GB", "lv-LV"}) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(language)
                    .setViewportSize(375, 800))) {
                Page page = context.newPage();
                page.navigate(url("/check"));
                assertThat(page.locator("#priority")).isChecked();
                page.locator("label[for=priority]").click();
                assertThat(page.locator("#priority")).not().isChecked();
                page.locator("label[for=priority]").click();
                assertThat(page.locator("#priority")).isChecked();

                page.locator("#org-0-country").fill("LV");
                page.locator("#org-1-country").fill("EE");
                page.locator("#durationMonths").focus();
                page.locator("#durationMonths").fill("12");
                // The form is thousands of pixels long: the verdict and the total come to the visitor.
                assertThat(page.locator("[data-testid='summary-total']")).isInViewport();
                assertThat(page.locator("[data-testid='summary-verdict']")).isInViewport();

                page.locator("#activity-1-participants").fill("2");
                assertThat(page.locator("#activity-1-host-error")).isVisible();
                assertThat(page.locator("#check-results a[href='#activity-1-host']")).isVisible();
                assertThat(page.locator("#check-results")).not().containsText("/learningActivities");
                Browsers.assertAccessible(page);
            }
        }
    }
}
