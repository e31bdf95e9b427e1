package eu.sadarbe.reporting.participants;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionTest;

/**
 * The coordinator, in Latvian, downloads the template and imports 200 participants from .xlsx; one row (two days of
 * a pupils' exchange that lasts at least three, R-FIN-08) is refused with a clear message and 199 are in the report.
 * axe finds no barrier at 1280 and at 375 px.
 */
@SubmissionTest
class ParticipantImportBrowserTests extends BrowserTest {

    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired SelectionDesk selection;
    @Autowired GrantDesk grants;
    @Autowired Agreements agreements;
    @Autowired ReportRepository reports;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;

    @Test
    void theCoordinatorImports200ParticipantsAndSeesTheOneRowRefused() {
        SelectionTestData fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher,
                jdbc, clock);
        GrantAgreementId agreement = ReportFixtures.agreementInForce(fixtures, drafting, desk, selection, grants, clock,
                "Browser readers " + UUID.randomUUID());
        var report = ReportFixtures.report(agreement, ReportKind.FINAL, agreements, reports, clock);
        int before = report.content().learningActivities().stream().mapToInt(a -> a.participants().size()).sum();

        List<List<Object>> rows = ParticipantFiles.schoolExchange(200);
        rows.get(99).set(9, LocalDate.of(2021, 3, 2));
        rows.get(99).set(10, 2);

        BrowserContext context = newContext("lv-LV");
        try {
            Page page = context.newPage();
            page.setViewportSize(1280, 900);
            signIn(page, SubmissionFixtures.ANNA);
            page.navigate(url("/projects/" + agreement + "/reports/final/import?lang=lv"));
            assertThat(page.locator("h1")).hasText("Dalībnieku imports noslēguma pārskatā");
            Browsers.assertAccessible(page);

            Download template = page.waitForDownload(() -> page.locator("#template-xlsx").click());
            org.assertj.core.api.Assertions.assertThat(template.suggestedFilename()).isEqualTo("dalibnieki-veidne.xlsx");

            page.locator("#file").setInputFiles(new FilePayload("dalibnieki.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    ParticipantFiles.xlsx(ParticipantFiles.LATVIAN, rows)));
            page.locator("#import-button").click();

            assertThat(page.locator("#import-counts")).containsText("Pievienoti 199 dalībnieki");
            assertThat(page.locator("#error-summary")).containsText("1 rinda netika importēta");
            assertThat(page.locator("#error-summary")).containsText("101. rinda, Dienas: 2 dienas ir ārpus 3–60 dienām");
            assertThat(page.locator("#refused-rows tbody tr")).hasCount(1);
            assertThat(page.locator("#refused-rows tbody tr")).containsText("R-FIN-08");
            assertThat(page.locator("#imported-rows tbody tr")).hasCount(199);
            Browsers.assertAccessible(page);

            page.setViewportSize(375, 812);
            Browsers.assertAccessible(page);
        } finally {
            context.close();
        }
        var saved = reports.find(report.id()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(saved.content().learningActivities().stream()
                .mapToInt(a -> a.participants().size()).sum()).isEqualTo(before + 199);
        org.assertj.core.api.Assertions.assertThat(saved.version(ReportSection.LEARNING_ACTIVITIES).savedBy())
                .isEqualTo(SubmissionFixtures.ANNA);
    }
}
