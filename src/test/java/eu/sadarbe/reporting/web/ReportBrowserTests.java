package eu.sadarbe.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ReportFixtures;
import eu.sadarbe.reporting.domain.ReportOpening;
import eu.sadarbe.submission.SubmissionTest;

/**
 * A coordinator writes the public summary of the final report in Latvian (saved while typing, then with the button)
 * and submits the report after confirming it; axe finds no barrier at 1280 and 375 px.
 */
@SubmissionTest
class ReportBrowserTests extends BrowserTest {

    private static final String ANNA = "anna.berzina@demo.sadarbe.eu";

    @Autowired ReportOpening opening;
    @Autowired Agreements agreements;
    @Autowired ApplicationRegister applications;
    @Autowired DraftDesk drafting;
    @Autowired AccountRegister accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void aCoordinatorWritesTheSummaryAndSubmitsTheFinalReport() {
        ReportFixtures fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
        AgreementInForce source = fixtures.source(PaymentScheme.ONE_PREFINANCING);
        AgreementInForce agreement = fixtures.copy(source, LocalDate.of(2034, 1, 1)
                .plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000)), PaymentScheme.ONE_PREFINANCING);
        try {
            drafting.invite(fixtures.person(ReportFixtures.COORDINATORS).id(), agreement.applicationId(), ANNA,
                    Access.EDIT);
        } catch (DraftRefused alreadyCoordinator) {
            // Anna acts for the applicant organisation already: she writes the report as its coordinator.
        }
        opening.open(agreement.id());
        String base = "/projects/" + agreement.id() + "/reports/final";

        BrowserContext context = newContext("lv-LV");
        try {
            Page page = context.newPage();
            signIn(page, ANNA);
            page.navigate(url("/projects/" + agreement.id() + "/reports?lang=lv"));
            page.locator("#report-final").click();
            assertThat(page.locator("h1")).hasText("Noslēguma atskaite");
            assertThat(page.locator("#due-on")).containsText("R-REP-01");
            Browsers.assertAccessible(page);

            page.locator("#section-summary").click();
            assertThat(page.locator("h1")).hasText("Publiskais rezultātu kopsavilkums");
            page.locator("#english").fill("Teachers of three schools learnt to read with their pupils.");
            if (page.locator("#original").count() > 0) {
                page.locator("#original").fill("Trīs skolu skolotāji iemācījās lasīt kopā ar skolēniem.");
            }
            // Saved a second after the last keystroke; on a busy CI machine the answer may take a while.
            assertThat(page.locator("#autosaved")).containsText("Saglabāts automātiski",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            Browsers.assertAccessible(page);
            page.locator("#save").click();
            assertThat(page.locator("#done")).containsText("saglabātas");
            assertThat(page.locator("#status-summary")).containsText("Saglabāja");

            page.setViewportSize(375, 812);
            page.locator("#submit-report").click();
            assertThat(page.locator("#summary-state")).hasText("Uzrakstīts");
            page.locator("#send").click();
            assertThat(page.locator("#error-list")).containsText("Atzīmējiet");
            Browsers.assertAccessible(page);
            page.locator("#confirm").check();
            page.locator("#send").click();
            assertThat(page.locator("#done")).containsText("nosūtīta aģentūrai");
            assertThat(page.locator("#status")).hasText("Iesniegta");
            Browsers.assertAccessible(page);
            page.navigate(url(base + "/sections/narrative?lang=lv"));
            assertThat(page.locator("#read-only")).isVisible();
            Browsers.assertAccessible(page);
        } finally {
            context.close();
        }
    }
}
