package eu.sadarbe.assessment.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.demo.PastSubmissions;

/**
 * The officer works through the inbox in the browser: filters it, opens an application with an error, rejects it
 * as ineligible with a reason and the rule ticked, sees it in the history; then the same in Latvian. Axe finds no
 * serious barrier on any page. On a copy of the demo round ({@link BackOfficeRound}), as the demo round itself is
 * taken to the decision letters by {@code DemoRoundJourneyTests}.
 */
@SadarbeTest
class BackOfficeBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallRounds rounds;

    @Autowired
    AccountRegister accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    PastSubmissions past;

    @Test
    void theOfficerFiltersChecksAndRejectsAnApplicationInEnglishAndLatvian() {
        ApplicationId unregisteredPartner = new BackOfficeRound(rounds, accounts, past, jdbc, transaction)
                .application(BackOfficeRound.SECOND_5);
        try (BrowserContext context = newContext("en-GB")) {
            Page page = context.newPage();
            signIn(page, BackOfficeUsers.ILZE);
            page.navigate(url("/agency/applications?lang=en"));
            assertThat(page.locator("h1")).hasText("Submitted applications");
            Browsers.assertAccessible(page);

            page.locator("#round").selectOption("2020-" + BackOfficeRound.ROUND_NUMBER); // the copy of the demo round
            page.locator("#actionType").selectOption("KA201");
            page.locator("#sort").selectOption("grant");
            page.locator("#direction-desc").check();
            page.locator("#filters button").click();
            assertThat(page.locator("#count")).hasText("15 applications match");
            assertThat(page.locator("#applications tbody tr").first()).containsText("KA201");

            page.locator("a[href='/agency/applications/" + unregisteredPartner + "']").click();
            assertThat(page.locator("#findings")).containsText("R-ELIG-10: the organisation E19999905 is not in the"
                    + " Organisation Registration System.");
            assertThat(page.locator("input[name=ruleIds][value='R-ELIG-10']")).isChecked();
            Browsers.assertAccessible(page);

            page.locator("#outcome-ineligible").check();
            page.locator("#formal-check button").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason why the application is"
                    + " ineligible.");
            Browsers.assertAccessible(page);

            page.locator("#outcome-ineligible").check();
            page.locator("#reason").fill("Šiaulių profesinio rengimo centras has no OID in the register; without"
                    + " it the consortium is too small.");
            page.locator("#formal-check button").click();
            assertThat(page.locator("#status")).hasText("Ineligible");
            assertThat(page.locator("#history")).containsText("ilze.ozola@demo.sadarbe.eu");
            assertThat(page.locator("#history")).containsText("R-ELIG-10: Šiaulių profesinio");
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
