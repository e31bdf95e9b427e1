package eu.sadarbe.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ReportFixtures;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportDesk;
import eu.sadarbe.reporting.domain.ReportOpening;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.SectionParts;
import eu.sadarbe.submission.SubmissionTest;

/**
 * A coordinator writes the public summary of the final report in Latvian (saved while typing, then with the button)
 * and submits the report after confirming it; a failed autosave of the narrative is kept in the browser, restored,
 * and meets a co-author's save as a conflict; axe finds no barrier at 1280 and 375 px.
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
    @Autowired ReportDesk desk;
    @Autowired ReportRepository reports;

    ReportFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
    }

    @Test
    void aCoordinatorWritesTheSummaryAndSubmitsTheFinalReport() {
        AgreementInForce agreement = annasProject();
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
            // Typed once htmx watches the form: a keystroke before the page has loaded saves nothing (as a person
            // could not type yet either)
            page.waitForLoadState();
            page.waitForFunction("() => !!window.htmx");
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

    /**
     * Autosave of the report's texts as drafts have it (issue #19, like #12): a failed save says so in the page's
     * language and keeps the text in the browser; the text comes back on the next visit with a notice; a co-author's
     * save in between shows the conflict, and keeping one's own text saves it and drops the browser's copy.
     */
    @Test
    void aFailedAutosaveOfTheNarrativeIsKeptRestoredAndMeetsACoAuthorsSaveAsAConflict() {
        AgreementInForce agreement = annasProject();
        Report report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        String narrative = url("/projects/" + agreement.id() + "/reports/final/sections/narrative");
        String typed = "Trīs skolas strādāja kopā divus gadus.";

        BrowserContext context = newContext("lv-LV");
        try {
            Page page = context.newPage();
            signIn(page, ANNA);
            page.navigate(narrative + "?lang=lv");
            page.waitForFunction("() => !!window.htmx");
            assertThat(page.locator("#autosave-restored")).isHidden();

            // The server cannot take the save (as web.DatabaseOutage answers while the database refuses writes).
            page.route("**/sections/narrative", route -> {
                if ("POST".equals(route.request().method())) {
                    route.fulfill(new Route.FulfillOptions().setStatus(503).setContentType("text/html")
                            .setBody("<p>Service unavailable</p>"));
                } else {
                    route.resume();
                }
            });
            page.locator("#implementation").fill(typed);
            assertThat(page.locator("#autosave-failed")).containsText("Nav saglabāts: jūsu pēdējās izmaiņas",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            Browsers.assertAccessible(page);

            // Meanwhile a co-author saves the narrative; the server takes saves again.
            SignedInUser coAuthor = fixtures.person(ReportFixtures.COORDINATORS);
            desk.save(report.id(), ReportSection.NARRATIVE, SectionParts.withPart(report.content(),
                    ReportSection.NARRATIVE, "{\"implementation\": \"Koordinatora teksts\", \"results\": \"\","
                            + " \"impact\": \"\", \"dissemination\": \"\"}"), 0, coAuthor);
            page.unroute("**/sections/narrative");

            // The page opened again: the text typed comes back from the browser, with the notice, in English too.
            page.navigate(narrative + "?lang=en");
            page.waitForFunction("() => !!window.htmx");
            assertThat(page.locator("#implementation")).hasValue(typed);
            assertThat(page.locator("#autosave-restored")).isVisible();
            assertThat(page.locator("#autosave-restored")).containsText("Unsaved text restored");
            Browsers.assertAccessible(page);

            // Saved on the version it was typed on: the co-author's save since shows the conflict.
            page.locator("#implementation").press("End");
            page.locator("#implementation").pressSequentially(" Arī vasarā.");
            assertThat(page.locator("#conflict")).containsText("Someone else saved",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(page.locator("#current-lines")).containsText("Koordinatora teksts");
            assertThat(page.locator("#your-lines")).containsText(typed + " Arī vasarā.");
            Browsers.assertAccessible(page);

            // Keeping one's own text saves it, and the browser's copy is no longer needed.
            page.locator("#keep-mine").click();
            page.waitForURL(address -> address.endsWith("/sections/narrative?saved"));
            org.assertj.core.api.Assertions.assertThat(reports.find(report.id()).orElseThrow().content().narrative()
                    .implementation()).isEqualTo(typed + " Arī vasarā.");
            org.assertj.core.api.Assertions.assertThat(page.evaluate(
                    "() => Object.keys(localStorage).filter(key => key.startsWith('sadarbe-report:')).length"))
                    .isEqualTo(0);
            page.navigate(narrative + "?lang=lv");
            page.waitForFunction("() => !!window.htmx");
            assertThat(page.locator("#implementation")).hasValue(typed + " Arī vasarā.");
            assertThat(page.locator("#autosave-restored")).isHidden();
        } finally {
            context.close();
        }
    }

    /** A project of its own in force with its final report open, written by Anna as the coordinator's editor. */
    private AgreementInForce annasProject() {
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
        return agreement;
    }
}
