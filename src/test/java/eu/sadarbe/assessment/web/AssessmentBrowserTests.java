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
import eu.sadarbe.applications.ApplicationDrafting;
import eu.sadarbe.assessment.AssessmentFixtures;
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
 * expert is required and scores, the officer consolidates; in English and in Latvian, and axe finds no barrier.
 */
@SubmissionTest
class AssessmentBrowserTests extends BrowserTest {

    @Autowired Assignments assignments;
    @Autowired AccountRegister accounts;
    @Autowired CallRounds rounds;
    @Autowired ApplicationDrafting drafting;
    @Autowired SubmissionDesk desk;
    @Autowired SettableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired AssessableApplications assessable;

    @Test
    void theOfficerAssignsExpertsWhoScoreAThirdIsRequiredAndTheOfficerConsolidates() {
        AssessmentFixtures fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction,
                events, assessable);
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
            page.locator("#consolidate").click();
            assertThat(page.locator("#consolidation-result")).containsText("81 points, passes");
            assertThat(page.locator("#history")).containsText("Suggested score changed");
            Browsers.assertAccessible(page);
        }
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
