package eu.sadarbe.reporting.participants;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.domain.FinalGrant;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportAssessment;
import eu.sadarbe.reporting.domain.ReportAssessmentRepository;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionTest;
import eu.sadarbe.web.Formats;

/**
 * Issue 19's "Done when", end to end on an agreement made for the test (selected, prepared, signed, in force): the
 * coordinator, in Latvian, imports 200 participants from .xlsx (one row refused with a clear R-FIN-08 message),
 * writes the public summary (R-REP-02) and submits the final report; the officer marks the activity ineligible
 * (R-RED-02: its travel and individual support go), scores the report 45/100 and sees the 25 % reduction (R-RED-01),
 * approves it; the balance payment order is there with the final grant less what was paid, and the final letter
 * shows the calculation. axe finds no barrier at 1280 and 375 px.
 */
@SubmissionTest
class FinalReportJourneyBrowserTests extends BrowserTest {

    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired SelectionDesk selection;
    @Autowired GrantDesk grants;
    @Autowired Agreements agreements;
    @Autowired ReportRepository reports;
    @Autowired ReportAssessmentRepository assessments;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;

    @Test
    void theCoordinatorReportsAndTheOfficerSettlesTheFinalGrantWithAReduction() throws Exception {
        SelectionTestData fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher,
                jdbc, clock);
        GrantAgreementId agreement = ReportFixtures.agreementInForce(fixtures, drafting, desk, selection, grants, clock,
                "Journey readers " + UUID.randomUUID());
        Report opened = ReportFixtures.report(agreement, ReportKind.FINAL, agreements, reports, clock);
        String base = "/projects/" + agreement + "/reports/final";

        List<List<Object>> rows = ParticipantFiles.schoolExchange(200);
        rows.get(99).set(9, LocalDate.of(2021, 3, 2));
        rows.get(99).set(10, 2);

        try (BrowserContext coordinatorContext = newContext("lv-LV")) {
            Page coordinator = coordinatorContext.newPage();
            coordinator.setViewportSize(1280, 900);
            signIn(coordinator, SubmissionFixtures.ANNA);
            coordinator.navigate(url(base + "/sections/learning-activities?lang=lv"));
            coordinator.locator("#import-link").click();
            assertThat(coordinator.locator("h1")).hasText("Dalībnieku imports noslēguma pārskatā");
            coordinator.locator("#file").setInputFiles(new FilePayload("dalibnieki.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    ParticipantFiles.xlsx(ParticipantFiles.LATVIAN, rows)));
            coordinator.locator("#import-button").click();
            assertThat(coordinator.locator("#import-counts")).containsText("Pievienoti 199 dalībnieki");
            assertThat(coordinator.locator("#error-summary"))
                    .containsText("101. rinda, Dienas: 2 dienas ir ārpus 3–60 dienām");
            Browsers.assertAccessible(coordinator);

            coordinator.navigate(url(base + "/sections/summary?lang=lv"));
            coordinator.locator("#english").fill("Pupils of two schools read the same books and met twice.");
            if (coordinator.locator("#original").count() > 0) {
                coordinator.locator("#original").fill("Divu skolu skolēni lasīja tās pašas grāmatas un tikās divreiz.");
            }
            coordinator.locator("#save").click();
            assertThat(coordinator.locator("#done")).containsText("saglabātas");
            coordinator.setViewportSize(375, 812);
            coordinator.locator("#submit-report").click();
            coordinator.locator("#confirm").check();
            coordinator.locator("#send").click();
            assertThat(coordinator.locator("#done")).containsText("nosūtīta aģentūrai");
            assertThat(coordinator.locator("#status")).hasText("Iesniegta");
            Browsers.assertAccessible(coordinator);
        }

        Report submitted = reports.find(opened.id()).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        String activity = submitted.content().learningActivities().get(0).id();
        Formats lv = Formats.in(Locale.forLanguageTag("lv"));

        try (BrowserContext officerContext = newContext("lv-LV")) {
            Page officer = officerContext.newPage();
            officer.setViewportSize(1280, 900);
            signIn(officer, SubmissionFixtures.ILZE);
            officer.navigate(url("/agency/reports?lang=lv"));
            officer.locator("#reports a", new Page.LocatorOptions().setHasText(submitted.project().agreementNumber()))
                    .click();
            assertThat(officer.locator("h1")).containsText("Noslēguma ziņojums");

            officer.locator("#reason-" + activity).fill("Apmaiņa notika citā valstī, nekā līgumā");
            officer.locator("#line-" + activity + " button").click();
            assertThat(officer.locator("#done")).containsText("neattiecināma");
            assertThat(officer.locator("#line-" + activity)).containsText("Īstermiņa skolēnu grupu apmaiņa");

            officer.locator("#score-points").fill("45");
            officer.locator("#comments").fill("Rezultāti daļēji, ziņojums novēlots.");
            officer.locator("#score-form button").click();
            assertThat(officer.locator("#settlement-summary"))
                    .containsText("Samazinājums par vērtējumu (R-RED-01): 25");
            Browsers.assertAccessible(officer);
            officer.setViewportSize(375, 800);
            Browsers.assertAccessible(officer);
            officer.setViewportSize(1280, 900);

            officer.locator("#confirm").check();
            officer.locator("#approve").click();
            assertThat(officer.locator("#report-status")).containsText("Slēgts");

            ReportAssessment.Decision decision = assessments.of(submitted.id()).decision();
            assertThat(decision).isNotNull();
            FinalGrant figures = decision.figures();
            // R-RED-02: the ineligible activity takes its travel and individual support with it.
            assertThat(figures.category(BudgetCategory.LEARNING_TRAVEL).accepted()).isEqualByComparingTo("0");
            assertThat(figures.category(BudgetCategory.LEARNING_INDIVIDUAL_SUPPORT).accepted())
                    .isEqualByComparingTo("0");
            // R-RED-01: 45 points cut a quarter of what was accepted.
            BigDecimal cut = figures.acceptedTotal().multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP);
            assertThat(figures.reductionAmount()).isEqualByComparingTo(cut);
            assertThat(figures.finalGrant()).isEqualByComparingTo(figures.acceptedTotal().subtract(cut));
            BigDecimal paid = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM payment_order WHERE agreement_id = ? "
                            + "AND state = 'PAID' AND kind <> 'RECOVERY'")
                    .param(agreement.value()).query(BigDecimal.class).single();
            BigDecimal balance = figures.finalGrant().subtract(paid);
            assertThat(jdbc.sql("SELECT amount FROM payment_order WHERE agreement_id = ? AND kind = 'BALANCE'")
                    .param(agreement.value()).query(BigDecimal.class).single()).isEqualByComparingTo(balance);
            assertThat(officer.locator("#order")).containsText("Atlikuma maksājuma rīkojums");
            assertThat(officer.locator("#order")).containsText(lv.money(balance));
            Browsers.assertAccessible(officer);

            String href = officer.locator("#letter-link").getAttribute("href");
            APIResponse letter = officer.request().get(href.startsWith("http") ? href : url(href));
            assertThat(letter.status()).isEqualTo(200);
            try (PDDocument pdf = Loader.loadPDF(letter.body())) {
                String text = words(new PDFTextStripper().getText(pdf).replace("-\n", "-"));
                assertThat(text).contains("Galīgā dotācija", submitted.project().agreementNumber(),
                        words(lv.money(figures.finalGrant())), words(lv.money(figures.reductionAmount())),
                        "Vērtējums 45 / 100", "R-RED-01", "R-RED-02", "Apmaiņa notika citā valstī, nekā līgumā",
                        "Īstermiņa skolēnu grupu apmaiņa");
                assertThat(text).doesNotContain("SHORT_TERM_EXCHANGE_OF_PUPIL_GROUPS");
            }
        }
    }

    /** The text with every run of spaces, no-break spaces and line breaks as one space, as a reader sees it. */
    private static String words(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }
}
