package eu.sadarbe.assessment.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.applications.ApplicationId;

/**
 * The officer works through the inbox in the browser: filters it, opens an application with an error, rejects it
 * as ineligible with a reason and the rule ticked, sees it in the history; then the same in Latvian. Axe finds no
 * serious barrier on any page.
 */
@SadarbeTest
class BackOfficeBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficerFiltersChecksAndRejectsAnApplicationInEnglishAndLatvian() {
        ApplicationId countryDiffers = BackOfficeUsers.demoApplication(jdbc, 19);
        try (BrowserContext context = newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, BackOfficeUsers.ILZE);
            page.navigate(url("/agency/applications?lang=en"));
            assertThat(page.locator("h1")).hasText("Submitted applications");
            Browsers.assertAccessible(page);

            page.locator("#round").selectOption("2020-2"); // other tests submit KA202 in the open demo round
            page.locator("#actionType").selectOption("KA202");
            page.locator("#sort").selectOption("grant");
            page.locator("#direction-desc").check();
            page.locator("#filters button").click();
            assertThat(page.locator("#count")).hasText("14 applications match");
            assertThat(page.locator("#applications tbody tr").first()).containsText("KA202");

            page.locator("a[href='/agency/applications/" + countryDiffers + "']").click();
            assertThat(page.locator("#findings")).containsText("R-ELIG-02: the organisation E10000202 is declared"
                    + " in EE but registered in LT.");
            assertThat(page.locator("input[name=ruleIds][value='R-ELIG-02']")).isChecked();
            Browsers.assertAccessible(page);

            page.locator("#outcome-ineligible").check();
            page.locator("#formal-check button").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason why the application is"
                    + " ineligible.");
            Browsers.assertAccessible(page);

            page.locator("#outcome-ineligible").check();
            page.locator("#reason").fill("Kauno technologijos mokymo centras is a Lithuanian organisation; with"
                    + " it the consortium has no Estonian partner.");
            page.locator("#formal-check button").click();
            assertThat(page.locator("#status")).hasText("Ineligible");
            assertThat(page.locator("#history")).containsText("ilze.ozola@demo.sadarbe.eu");
            assertThat(page.locator("#history")).containsText("R-ELIG-02: Kauno technologijos");
            Browsers.assertAccessible(page);

            page.locator("a[hreflang='lv']").click();
            assertThat(page.locator("html")).hasAttribute("lang", "lv");
            assertThat(page.locator("#status")).hasText("Neatbilstošs");
            assertThat(page.locator("#history")).containsText("Formālā pārbaude");
            Browsers.assertAccessible(page);

            page.locator(".govuk-back-link").click();
            assertThat(page.locator("h1")).hasText("Iesniegtie pieteikumi");
            Browsers.assertAccessible(page);
            page.navigate(url("/agency/applications?lang=en"));
        }
    }
}
