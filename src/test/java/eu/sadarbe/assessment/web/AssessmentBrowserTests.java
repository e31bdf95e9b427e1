package eu.sadarbe.assessment.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static eu.sadarbe.assessment.AssessmentFixtures.ILZE;
import static eu.sadarbe.assessment.AssessmentFixtures.INESE;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.assessment.AssessmentFixtures;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.AssignmentStatus;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionTest;

/**
 * The officer suggests experts (a conflicting replacement is refused), two experts score 30 points apart, a third
 * expert is required and scores, the officer consolidates with the one assessment comment for the letter, decides,
 * and sends the letter in Latvian after previewing it (issue 17); in English and in Latvian, and axe finds no barrier.
 */
@SubmissionTest
class AssessmentBrowserTests extends BrowserTest {

    @Autowired Assignments assignments;
    @Autowired AccountRegister accounts;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired SettableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired AssessableApplications assessable;
    @Autowired BackOfficeStatuses backOffice;

    @Test
    void theOfficerAssignsExpertsWhoScoreAThirdIsRequiredAndTheOfficerConsolidates() {
        AssessmentFixtures fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction,
                events, assessable, backOffice);
        Assessable application = fixtures.eligibleApplication(9, "Zaļās prasmes māceklēm: vērtēšana");
        String applicationPage = "/agency/assessments/" + application.applicationId();

        try (BrowserContext officer = newContext("en-GB")) {
            Page page = officer.newPage();
            signIn(page, ILZE);
            page.navigate(url("/agency/assessments?lang=en"));
            assertThat(page.locator("h1")).hasText("Assessments");
            Browsers.assertAccessible(page);
            page.locator("#suggest-2019-9-KA202").click();
            assertThat(page.locator("#suggested")).containsText("Experts assigned:");

            page.navigate(url(applicationPage));
            Browsers.assertAccessible(page);
            String inese = accounts.byEmail(INESE).orElseThrow().id().toString();
            page.locator("#replacement-0").selectOption(inese);
            page.locator("#assignments form button").first().click();
            assertThat(page.locator(".govuk-error-summary")).containsText("takes part in the consortium");
            Browsers.assertAccessible(page);
        }

        List<Assignment> two = assignments.of(application.applicationId());
        score(two.get(0).expertEmail(), two.get(0), "en-GB", "en", new int[] {27, 18, 18, 27}, true);
        score(two.get(1).expertEmail(), two.get(1), "lv-LV", "lv", new int[] {18, 12, 12, 18}, true);

        try (BrowserContext officer = newContext("lv-LV")) {
            Page page = officer.newPage();
            signIn(page, ILZE);
            page.navigate(url(applicationPage + "?lang=lv"));
            assertThat(page.locator("#third-required")).containsText("R-AWD-03");
            Browsers.assertAccessible(page);
            page.locator("#suggest-third").click();
            assertThat(page.locator("#assignments")).containsText("Trešais eksperts");
        }

        Assignment third = assignments.of(application.applicationId()).stream().filter(Assignment::thirdExpert)
                .filter(assignment -> assignment.status() == AssignmentStatus.OFFERED).findFirst().orElseThrow();
        score(third.expertEmail(), third, "en-GB", "en", new int[] {25, 17, 16, 22}, false);

        try (BrowserContext officer = newContext("en-GB")) {
            Page page = officer.newPage();
            signIn(page, ILZE);
            page.navigate(url(applicationPage + "?lang=en"));
            assertThat(page.locator("#suggestion")).containsText("86 points, passes");
            page.locator("#final-impact").fill("20");
            page.locator("#consolidate").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Give a reason");
            page.locator("#final-overrideReason").fill("The impact plan is vague on dissemination.");
            // Issue 17: the one consolidated comment for the decision letter, proposed from the counted experts'.
            assertThat(page.locator("#final-assessmentComment")).containsText("Pamatots vērtējums");
            page.locator("#final-assessmentComment").fill(COMMENT);
            page.locator("#consolidate").click();
            assertThat(page.locator("#consolidation-result")).containsText("81 points, passes");
            assertThat(page.locator("#history")).containsText("Suggested score changed");
            assertThat(page.locator("#final-assessmentComment")).hasValue(COMMENT);
            Browsers.assertAccessible(page);

            decideAndSendTheLetterInLatvian(page, application);
        }
    }

    static final String COMMENT = "Kopējais vērtējums: skaidrs pamatojums; ā č ē ģ ī ķ ļ ņ š ū ž.";

    /**
     * Issue 17: the officer decides, picks Latvian for the letter, previews it, sends it after a confirmation and sees
     * it e-mailed; axe finds no barrier at 1280 and 375 pixels.
     */
    private void decideAndSendTheLetterInLatvian(Page page, Assessable application) {
        page.navigate(url("/agency/selection?year=2019&round=9&actionType=KA202&lang=en"));
        page.locator("#amount").fill("10000000");
        page.locator("#envelope-form button").click();
        page.locator("#decisions-form button").click();
        page.navigate(url("/agency/selection/applications/" + application.applicationId() + "?lang=en"));
        assertThat(page.locator("#delivery-status")).hasText("Not issued");
        page.locator("#letter-language").selectOption("en");
        page.locator("#save-letter-language").click();
        assertThat(page.locator("#letter-language-value")).hasText("English");
        page.locator("#letter-language").selectOption("lv");
        page.locator("#save-letter-language").click();
        assertThat(page.locator("#letter-language-value")).hasText("Latvian");
        accessibleAtBothWidths(page);

        page.locator("#preview-letter").click();
        assertThat(page.locator("html")).hasAttribute("lang", "lv");
        assertThat(page.locator("#assessment-comment")).hasText(COMMENT);
        assertThat(page.locator("#contest")).containsText("Administratīvā procesa likumu");
        accessibleAtBothWidths(page);
        page.goBack();

        page.locator("#send-letter").click();
        assertThat(page.locator("#confirm-language")).hasText("Latvian");
        accessibleAtBothWidths(page);
        page.locator("#confirm-send").click();
        assertThat(page.locator("#done")).containsText("The letter is issued");
        for (int tries = 0; tries < 150 && !page.locator("#delivery-status").innerText().startsWith("E-mailed"); tries++) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(page.locator("#delivery-status")).containsText("E-mailed on");
        assertThat(page.locator("#letter-reference")).containsText("LV01/2019/L-");
        assertThat(page.locator("#send-letter")).hasCount(0);
        accessibleAtBothWidths(page);
    }

    private static void accessibleAtBothWidths(Page page) {
        page.setViewportSize(1280, 900);
        Browsers.assertAccessible(page);
        page.setViewportSize(375, 800);
        Browsers.assertAccessible(page);
        page.setViewportSize(1280, 900);
    }

    /** The expert declares no conflict, scores the four criteria with comments and submits. */
    private void score(String email, Assignment assignment, String locale, String language, int[] points,
                       boolean checkAccessibility) {
        try (BrowserContext context = newContext(locale)) {
            Page page = context.newPage();
            signIn(page, email);
            page.navigate(url("/assessments?lang=" + language));
            page.locator("#assignments a[href$='" + assignment.id() + "']").click();
            page.locator("#conflict-no").check();
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#score-form")).isVisible();
            if (checkAccessibility) {
                Browsers.assertAccessible(page);
            }
            String[] criteria = {"relevance", "design", "team", "impact"};
            for (int i = 0; i < criteria.length; i++) {
                page.locator("#" + criteria[i]).fill(String.valueOf(points[i]));
                page.locator("#" + criteria[i] + "Comment")
                        .fill("Pamatots vērtējums: the argument for this criterion is clear and complete.");
            }
            page.locator("#submit-assessment").click();
            assertThat(page.locator("#locked")).isVisible();
        }
    }
}
