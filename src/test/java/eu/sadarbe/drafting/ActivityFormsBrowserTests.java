package eu.sadarbe.drafting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.annasDocument;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;

/** A coordinator adds a meeting and a learning activity through the forms and sees the budget change. */
@SadarbeTest
class ActivityFormsBrowserTests extends BrowserTest {

    @Autowired
    DraftDesk drafting;
    @Autowired
    AccountRegister accounts;

    BrowserContext context;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aCoordinatorAddsAMeetingWithTheCalculatorsBandInEnglish() {
        ApplicationSummary draft = drafting.start(accounts.byEmail(ANNA).orElseThrow().id(),
                annasDocument("Sanāksmes"), null);
        context = newContext("en-GB");
        Page anna = context.newPage();
        signIn(anna, ANNA);
        anna.navigate(url("/applications/" + draft.id() + "/sections/meetings?lang=en"));
        htmxReady(anna);
        String totalBefore = anna.locator("#budget-total").textContent();
        assertThat(anna.locator("#transnational-meetings-lines")).containsText("100–1999 km");
        Browsers.assertAccessible(anna);

        anna.locator("#transnational-meetings-form button[type=submit]:not([name])").click();
        assertThat(anna.locator(".govuk-error-summary")).containsText("Choose the host organisation.");
        Browsers.assertAccessible(anna);

        anna.locator("#transnational-meetings-host").selectOption("E10000003");
        assertThat(anna.locator("#transnational-meetings-calc-0")).containsText(Pattern.compile("\\d+ km"));
        anna.locator("#transnational-meetings-r0-participants").fill("2");
        anna.locator("#transnational-meetings-form button[type=submit]:not([name])").click();
        assertThat(anna.locator(".govuk-notification-banner")).containsText("Your changes are saved.");
        assertThat(anna.locator("#transnational-meetings-line-1")).containsText("2 from Rīgas Valsts tehnikums");
        assertThat(anna.locator("#budget-total")).not().hasText(totalBefore);
        Browsers.assertAccessible(anna);
    }

    @Test
    void aCoordinatorAddsALearningActivityInLatvian() {
        ApplicationSummary draft = drafting.start(accounts.byEmail(ANNA).orElseThrow().id(),
                annasDocument("Mācības"), null);
        context = newContext("lv-LV");
        Page anna = context.newPage();
        signIn(anna, ANNA);
        anna.navigate(url("/applications/" + draft.id() + "/sections/learning-activities?lang=lv"));
        htmxReady(anna);
        String totalBefore = anna.locator("#budget-total").textContent();
        assertThat(anna.locator("h1")).hasText("Mācīšanās, mācīšanas un mācību aktivitātes");
        anna.locator("#learning-activities-activityType").selectOption("SHORT_TERM_JOINT_STAFF_TRAINING");
        anna.locator("#learning-activities-host").selectOption("E10000004");
        assertThat(anna.locator("#learning-activities-calc-0")).containsText("km");
        anna.locator("#learning-activities-r0-participantKind").selectOption("STAFF");
        anna.locator("#learning-activities-r0-participants").fill("3");
        anna.locator("#learning-activities-r0-days").fill("5");
        Browsers.assertAccessible(anna);
        anna.locator("#learning-activities-form button[type=submit]:not([name])").click();
        assertThat(anna.locator(".govuk-notification-banner")).containsText("Jūsu izmaiņas ir saglabātas.");
        assertThat(anna.locator("#learning-activities-line-0")).containsText("3 no Rīgas Valsts tehnikums");
        assertThat(anna.locator("#budget-total")).not().hasText(totalBefore);
        Browsers.assertAccessible(anna);
    }

    /** The calculator listens only once htmx has processed the page. */
    private static void htmxReady(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => !!window.htmx");
    }
}
