package eu.sadarbe.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportAssessment;
import eu.sadarbe.reporting.domain.ReportAssessmentRepository;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.SettlementFixtures;
import eu.sadarbe.web.Formats;

/**
 * The officer's part of issue 19's "Done when": VIAA's officer opens the demo's late final report (submitted by the
 * fixture as the project would), marks a
 * line ineligible (R-RED-02), scores the report 45/100 and sees the 25 % reduction (R-RED-01), approves it, sees the
 * balance payment order with the right amount, and the final letter shows the calculation. In Latvian; axe finds no
 * barrier at 1280 and 375 px.
 */
@SadarbeTest
class SettlementBrowserTests extends BrowserTest {

    static final String ILZE = "ilze.ozola@demo.sadarbe.eu";

    @Autowired ReportRepository reports;
    @Autowired ReportAssessmentRepository assessments;
    @Autowired ApplicationContext context;
    @Autowired Agreements agreements;
    @Autowired ApplicationRegister applications;
    @Autowired AccountRegister accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void theOfficerReducesApprovesAndSendsTheFinalLetter() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> reports.ofAgency("LV01", ReportStatus.CLOSED).stream()
                .anyMatch(closed -> closed.kind() == ReportKind.FINAL));
        Report report = new SettlementFixtures(context).lateSubmission().orElseThrow();
        Formats lv = Formats.in(Locale.forLanguageTag("lv"));
        try (BrowserContext context = newContext("lv")) {
            Page page = context.newPage();
            page.setViewportSize(1280, 900);
            signIn(page, ILZE);
            page.navigate(url("/agency/reports?lang=lv"));
            assertThat(page.locator("#reports")).containsText(report.project().agreementNumber());
            Browsers.assertAccessible(page);
            page.locator("#reports a", new Page.LocatorOptions().setHasText(report.project().agreementNumber()))
                    .click();
            assertThat(page.locator("h1")).containsText("Noslēguma ziņojums");

            String line = report.content().lineIds().stream()
                    .filter(id -> !assessments.of(report.id()).ineligible().containsKey(id)).findFirst().orElseThrow();
            page.locator("#reason-" + line).fill("Nav pierādījumu, ka tas notika");
            page.locator("#line-" + line + " button").click();
            assertThat(page.locator("#done")).containsText("neattiecināma");
            assertThat(page.locator("#line-" + line)).containsText("Nav pierādījumu");

            page.locator("#score-points").fill("45");
            page.locator("#comments").fill("Rezultāti novēloti un daļēji.");
            page.locator("#score-form button").click();
            assertThat(page.locator("#reduction")).containsText("45");
            assertThat(page.locator("#settlement-summary")).containsText("Samazinājums par vērtējumu (R-RED-01): 25");
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);
            page.setViewportSize(1280, 900);

            page.locator("#confirm").check();
            page.locator("#approve").click();
            assertThat(page.locator("#report-status")).containsText("Slēgts");
            ReportAssessment.Decision decision = assessments.of(report.id()).decision();
            assertThat(decision).isNotNull();
            assertThat(decision.figures().reduction().share()).isEqualByComparingTo("0.25");
            BigDecimal balance = decision.figures().finalGrant().subtract(decision.paidBefore());
            assertThat(decision.orderAmount()).isEqualByComparingTo(balance);
            assertThat(page.locator("#order")).containsText("Atlikuma maksājuma rīkojums");
            assertThat(page.locator("#order")).containsText(lv.money(balance));
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);

            APIResponse letter = page.request().get(page.locator("#letter-link").getAttribute("href").startsWith("http")
                    ? page.locator("#letter-link").getAttribute("href")
                    : url(page.locator("#letter-link").getAttribute("href")));
            assertThat(letter.status()).isEqualTo(200);
            try (PDDocument pdf = Loader.loadPDF(letter.body())) {
                // the letter is in the agreement's language, whatever the officer's
                boolean latvian = "lv".equals(report.project().language());
                Formats letterFormats = Formats.in(Locale.forLanguageTag(latvian ? "lv" : "en"));
                String text = new PDFTextStripper().getText(pdf).replace("-\n", "-").replace('\u00a0', ' ')
                        .replace('\u202f', ' ');
                assertThat(text).contains(latvian ? "Galīgā dotācija" : "Final grant", report.project().agreementNumber(),
                        letterFormats.money(decision.figures().finalGrant()).replace('\u00a0', ' ').replace('\u202f', ' '),
                        letterFormats.money(decision.figures().reductionAmount()).replace('\u00a0', ' ')
                                .replace('\u202f', ' '),
                        "R-RED-01", "R-RED-02", "Nav pierādījumu, ka tas notika");
            }
        }
    }

    /**
     * Issue 19 item 4 on screen: the officer assigns an expert of the pool to a final report, the expert declares no
     * conflict of interest, reads the report and scores it 45 with comments, the officer takes the score and sees the
     * 25 % reduction (R-RED-01). In Latvian; axe finds no barrier on the expert's pages at 1280 and 375 px.
     */
    @Test
    void anExpertScoresTheFinalReportAndTheOfficerTakesTheScore() {
        ReportFixtures fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
        Report report = new SettlementFixtures(context).submittedCopy(fixtures);
        String expert = "liga.vitola@demo.sadarbe.eu";
        String expertId = fixtures.person(expert).id().value().toString();
        try (BrowserContext officerContext = newContext("lv"); BrowserContext expertContext = newContext("lv")) {
            Page officer = officerContext.newPage();
            officer.setViewportSize(1280, 900);
            signIn(officer, ILZE);
            officer.navigate(url("/agency/reports/" + report.id() + "?lang=lv"));
            officer.locator("#expert-choice").selectOption(expertId);
            officer.locator("#assign-expert-form button").click();
            assertThat(officer.locator("#done")).containsText("Eksperts ir norīkots");
            assertThat(officer.locator("#expert-status")).containsText("Gaida deklarāciju");
            Browsers.assertAccessible(officer);

            Page page = expertContext.newPage();
            page.setViewportSize(1280, 900);
            signIn(page, expert);
            page.navigate(url("/assessments/reports?lang=lv"));
            assertThat(page.locator("#expert-reports")).containsText(report.project().agreementNumber());
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);
            page.setViewportSize(1280, 900);
            page.locator("#expert-reports a", new Page.LocatorOptions()
                    .setHasText(report.project().agreementNumber())).click();
            assertThat(page.locator("h1")).containsText("Interešu konflikts");
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);
            page.setViewportSize(1280, 900);
            page.locator("#conflict-no").check();
            page.locator("#declare").click();
            assertThat(page.locator("#done")).containsText("nav interešu konflikta");
            assertThat(page.locator("#lines")).not().containsText("Demo participant");
            page.locator("#score-points").fill("45");
            page.locator("#comments").fill("Rezultāti novēloti un daļēji.");
            page.locator("#submit-score").click();
            assertThat(page.locator("#submitted-score")).containsText("45");
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);

            officer.navigate(url("/agency/reports/" + report.id() + "?lang=lv"));
            assertThat(officer.locator("#expert-score")).containsText("45");
            assertThat(officer.locator("#expert-comments")).containsText("Rezultāti novēloti");
            officer.locator("#take-expert-score").click();
            assertThat(officer.locator("#settlement-summary"))
                    .containsText("Samazinājums par vērtējumu (R-RED-01): 25");
            Browsers.assertAccessible(officer);
            officer.setViewportSize(375, 800);
            Browsers.assertAccessible(officer);
        }
    }
}
