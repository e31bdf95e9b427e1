package eu.sadarbe.selection.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
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
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;

/** The officer ranks, tries an envelope, saves it and decides, in English and in Latvian; axe finds no barrier. */
@SubmissionTest
class SelectionBrowserTests extends BrowserTest {

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    SubmissionDesk desk;

    @Autowired
    AccountRegister accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    SettableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficerRanksTriesAnEnvelopeSavesItAndDecidesInEnglishAndLatvian() {
        SelectionTestData data = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher, jdbc, clock);
        data.emptyRanking();
        SubmissionSummary first = data.submitted("Browser first", "en");
        SubmissionSummary second = data.submitted("Browser second", "lv");
        data.assessed(first, 28, 18, 18, 26, "60000", null, List.of("Strong"));
        data.assessed(second, 24, 18, 18, 20, "40000", "30000", List.of("Fine"));
        data.afterTheDeadline();

        BrowserContext context = newContext("en-GB");
        Page page = context.newPage();
        try {
            signIn(page, SubmissionFixtures.ILZE);
            page.navigate(url("/agency/selection?lang=en"));
            page.navigate(url("/agency/selection?year=2020&round=3&actionType=KA202&lang=en"));
            assertThat(page.locator("h1")).hasText("2020 round 3, KA202");
            assertThat(page.locator("#cut-off-summary")).containsText("0 of 2 passing applications funded");
            Browsers.assertAccessible(page);

            page.locator("#whatIf").fill("100000");
            assertThat(page.locator("#cut-off-summary")).containsText("2 of 2 passing applications funded");
            assertThat(page.locator("#what-if-note")).containsText("not saved");
            assertThat(page.locator("#saved-envelope")).containsText("€0.00");

            page.locator("#amount").fill("60000");
            page.locator("#envelope-form button").click();
            assertThat(page.locator("#done")).hasText("The budget envelope is saved.");
            assertThat(page.locator("#cut-off-summary")).containsText("1 of 2 passing applications funded");
            assertThat(page.locator("tr[data-placement=RESERVE]")).containsText(second.applicationNumber());

            page.locator("#decisions-form button").click();
            assertThat(page.locator("#done")).containsText("Decisions recorded: 2 changed.");
            assertThat(page.locator("tr[data-placement=FUNDED]")).containsText("Selected");
            Browsers.assertAccessible(page);

            page.locator("a[hreflang='lv']").click();
            assertThat(page.locator("html")).hasAttribute("lang", "lv");
            assertThat(page.locator("h1")).hasText("2020. gada 3. kārta, KA202");
            assertThat(page.locator("tr[data-placement=FUNDED]")).containsText("Apstiprināts");
            Browsers.assertAccessible(page);

            page.locator("tr[data-placement=RESERVE] a").click();
            assertThat(page.locator("h1")).hasText(second.applicationNumber());
            Browsers.assertAccessible(page);
            page.locator("#grant-form button").click();
            assertThat(page.locator("#done")).hasText("Dotācija saglabāta.");
            assertThat(page.locator("#granted")).containsText("30");
            Browsers.assertAccessible(page);
            page.navigate(url("/agency/selection?lang=en"));
        } finally {
            context.close();
        }
    }

    /**
     * Issue 13, item 10 (R-SUB-01): while the round is still open the officer's pages say until when and offer no
     * formal check, no decisions and no letters, in English and Latvian; axe finds no barrier.
     */
    @Test
    void beforeTheDeadlineThePagesOfferNoCheckAndNoDecisionInEnglishAndLatvian() {
        SelectionTestData data = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher, jdbc, clock);
        data.emptyRanking();
        SubmissionSummary open = data.submitted("Browser still open", "en");
        data.assessed(open, 28, 18, 18, 26, "60000", null, List.of("Strong"));

        BrowserContext context = newContext("en-GB");
        Page page = context.newPage();
        try {
            signIn(page, SubmissionFixtures.ILZE);
            page.navigate(url("/agency/selection?year=2020&round=3&actionType=KA202&lang=en"));
            assertThat(page.locator("#still-open")).containsText("R-SUB-01: the deadline has not passed yet");
            assertThat(page.locator("#decisions-form")).hasCount(0);
            assertThat(page.locator("#letters-form")).hasCount(0);
            Browsers.assertAccessible(page);

            page.navigate(url("/agency/selection/applications/" + open.applicationId().value() + "?lang=en"));
            assertThat(page.locator("#still-open")).containsText("R-SUB-01");
            assertThat(page.locator("#override-form")).hasCount(0);
            Browsers.assertAccessible(page);

            page.navigate(url("/agency/applications/" + open.applicationId().value() + "?lang=lv"));
            assertThat(page.locator("html")).hasAttribute("lang", "lv");
            assertThat(page.locator("#still-open")).containsText("R-SUB-01: iesniegšanas termiņš vēl nav beidzies");
            assertThat(page.locator("#formal-check")).hasCount(0);
            Browsers.assertAccessible(page);

            page.navigate(url("/agency/selection?year=2020&round=3&actionType=KA202&lang=lv"));
            assertThat(page.locator("#still-open")).containsText("pēc termiņa beigām");
            assertThat(page.locator("#decisions-form")).hasCount(0);
            Browsers.assertAccessible(page);
            page.navigate(url("/agency/selection?lang=en"));
        } finally {
            context.close();
        }
    }

    /**
     * Issue 13, item 15: the inbox's select-all ticks every application of the page, the routine consolidation page
     * and the ranking's offer of the experts' recommended grant, in English and Latvian; axe finds no barrier.
     */
    @Test
    void theOfficerSelectsAllAndTakesTheExpertsRecommendedGrantInEnglishAndLatvian() {
        SelectionTestData data = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher, jdbc, clock);
        data.emptyRanking();
        SubmissionSummary recommended = data.submitted("Browser recommended", "en");
        data.assessed(recommended, 24, 18, 18, 20, "40000", "30000", List.of("Fine"));
        data.afterTheDeadline();

        BrowserContext context = newContext("en-GB");
        Page page = context.newPage();
        try {
            signIn(page, SubmissionFixtures.ILZE);
            page.navigate(url("/agency/applications?lang=en"));
            assertThat(page.locator("#select-all")).isVisible();
            page.locator("label[for=select-all]").click();
            assertThat(page.locator("#bulk input[name=application]:not(:checked)")).hasCount(0);
            page.locator("label[for=choose-0]").click();
            assertThat(page.locator("#select-all")).not().isChecked();
            Browsers.assertAccessible(page);

            page.navigate(url("/agency/applications?lang=lv"));
            // Latvian's plural forms: "Atlasīt visus 70 …", but "Atlasīt 71 …" (a number ending in 1 takes the singular)
            assertThat(page.locator("label[for=select-all]")).containsText(
                    java.util.regex.Pattern.compile("^Atlasīt (visus )?\\d+ šīs lapas pieteikum"));
            Browsers.assertAccessible(page);
            // Issue 13, item 17: at 1366 px the Latvian officer pages fit; a wide table scrolls in its own region.
            page.setViewportSize(1366, 768);
            for (String path : List.of("/agency/applications?lang=lv", "/agency/assessments?lang=lv",
                    "/agency/selection?year=2020&round=3&actionType=KA202&lang=lv")) {
                page.navigate(url(path));
                org.assertj.core.api.Assertions.assertThat(
                                (Integer) page.evaluate("document.documentElement.scrollWidth"))
                        .as(path).isLessThanOrEqualTo(1366);
            }
            page.navigate(url("/agency/assessments/routine?lang=lv"));
            assertThat(page.locator("h1")).hasText("Apkopot ierastos gadījumus");
            Browsers.assertAccessible(page);

            page.navigate(url("/agency/selection?year=2020&round=3&actionType=KA202&lang=lv"));
            assertThat(page.locator("form.recommended-grant button")).containsText("30");
            Browsers.assertAccessible(page);
            page.navigate(url("/agency/selection?year=2020&round=3&actionType=KA202&lang=en"));
            page.locator("form.recommended-grant button").click();
            assertThat(page.locator("#done")).hasText("The grant is saved.");
            assertThat(page.locator("form.recommended-grant")).hasCount(0);
            assertThat(page.locator("#ranking-table")).containsText("€30,000.00");
            Browsers.assertAccessible(page);
            page.navigate(url("/agency/assessments/routine?lang=en"));
            Browsers.assertAccessible(page);
        } finally {
            context.close();
        }
    }
}
