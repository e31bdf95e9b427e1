package eu.sadarbe.submission.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.demo.DemoAccounts;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionTest;

/**
 * The coordinator goes from the task list to the answers to check and submits, downloads the PDF, and checks and
 * submits again in Latvian; axe finds no serious barrier at 1280 and 375 px, and the pages fit a phone.
 */
@SubmissionTest
class SubmissionBrowserTests extends BrowserTest {

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    @Test
    void theCoordinatorChecksTheAnswersSubmitsDownloadsThePdfAndResubmitsInLatvian() throws Exception {
        ApplicationSummary draft = anOpenDraft("Zaļās prasmes māceklēm: ā č ē ģ ī ķ ļ ņ š ū ž");
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setAcceptDownloads(true));
        Page page = context.newPage();
        try {
            page.navigate(url("/sign-in"));
            page.locator("#email").fill(SubmissionFixtures.ANNA);
            page.locator("#password").fill(DemoAccounts.PASSWORD);
            page.locator("form button[type=submit]").click();

            // The language is remembered per person: start in English whatever an earlier test chose. The task
            // list's button leads to the answers to check, with the button that submits them (issue #13).
            page.navigate(url("/applications/" + draft.id() + "?lang=en"));
            page.locator("#check-answers").click();
            assertThat(page.locator("h1")).hasText("Check your answers before submitting your application");
            assertThat(page.locator("#deadline")).containsText("31 December 2099 12:00:00 Brussels time");
            assertThat(page.locator("#application-document")).containsText("Tallinna Tööstushariduskeskus");
            assertThat(page.locator("#change-meetings")).hasAttribute("href",
                    "/applications/" + draft.id() + "/sections/meetings");
            Browsers.assertAccessible(page);
            assertFitsAt(page, 375);

            page.locator("#submit-form button").click();
            assertThat(page.locator("h1")).hasText("Application submitted");
            assertThat(page.locator("#application-number")).hasText(Pattern.compile("2020-9-LV01-KA202-\\d{6}"));
            String number = page.locator("#application-number").textContent();
            assertThat(page.locator("#receipt-mail")).containsText("e-mail");
            Browsers.assertAccessible(page);

            Download download = page.waitForDownload(() -> page.locator("#pdf").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains(number, "Zaļās prasmes māceklēm: ā č ē ģ ī ķ ļ ņ š ū ž");
            }

            page.locator("a[hreflang='lv']").click();
            assertThat(page.locator("html")).hasAttribute("lang", "lv");
            assertThat(page.locator("h1")).hasText("Pieteikums iesniegts");
            Browsers.assertAccessible(page);

            page.navigate(url("/applications/" + draft.id()));
            assertThat(page.locator("#submitted")).containsText(number);
            page.locator("#check-answers").click();
            assertThat(page.locator("h1")).hasText("Pārbaudiet atbildes pirms pieteikuma iesniegšanas");
            assertThat(page.locator("#deadline")).containsText("31.12.2099 12:00:00 pēc Briseles laika");
            assertThat(page.locator("#change-meetings")).hasText("Mainīt: Starptautiskās projekta sanāksmes");
            Browsers.assertAccessible(page);
            assertFitsAt(page, 375);
            page.locator("#submit-form button").click();
            assertThat(page.locator("h1")).hasText("Pieteikums iesniegts");
            assertThat(page.locator("#application-number")).hasText(number);
            page.navigate(url("/applications/" + draft.id() + "/submit"));
            assertThat(page.locator("table").last().locator("tbody tr")).hasCount(2);

            // The history in words fits a 320 px phone (WCAG 1.4.10 reflow).
            page.navigate(url("/applications/" + draft.id() + "/history"));
            assertThat(page.locator("#history")).containsText("Pievienots: 1. starptautiskā sanāksme");
            assertFitsAt(page, 320);
        } finally {
            page.navigate(url("/?lang=en"));
            context.close();
        }
    }

    /** At a phone's width the page needs no sideways scrolling, and axe still finds no serious barrier. */
    static void assertFitsAt(Page page, int width) {
        page.setViewportSize(width, 800);
        try {
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as(page.url() + " at " + width)
                    .isLessThanOrEqualTo(width);
            Browsers.assertAccessible(page);
        } finally {
            page.setViewportSize(1280, 800);
        }
    }

    ApplicationSummary anOpenDraft(String title) {
        String label = "Submission tests 9";
        CallRoundSummary round = rounds.all().stream().filter(r -> label.equals(r.label())).findFirst()
                .orElseGet(() -> rounds.define(2020, 9, label, Set.of("KA202"), LocalDateTime.of(2099, 12, 31, 12, 0),
                        "tests"));
        return drafting.start(accounts.byEmail(SubmissionFixtures.ANNA).orElseThrow().id(),
                SubmissionFixtures.greenSkills(title), round.id());
    }
}
