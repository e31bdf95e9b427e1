package eu.sadarbe.results;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * A visitor reads about Strategic Partnerships in Latvian, finds a Latvian school's funded project by searching
 * "riga", opens its page and downloads the open data; axe at 1280 and 375 pixels.
 */
@SadarbeTest
class ResultsBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aVisitorReadsTheProgrammeFindsARigaSchoolsProjectDownloadsTheOpenDataAndReadsTheStatistics() throws Exception {
        ResultsTestData data = new ResultsTestData(context);
        String word = ResultsTestData.uniqueWord();
        SubmissionSummary project = data.submitted("Zaļās prasmes tehnikumā " + word,
                "Audzēkņi Rīgā apgūst atjaunīgās enerģijas prasmes.");
        data.selected(project, "99000.00");
        for (int width : new int[] {1280, 375}) {
            try (BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
                    .setLocale("lv-LV").setViewportSize(width, 900).setAcceptDownloads(true))) {
                Page page = browserContext.newPage();
                page.navigate(url("/programme?lang=lv"));
                assertThat(page.locator("h1")).hasText("Stratēģiskās partnerības izglītības, apmācības un jaunatnes jomās");
                assertThat(page.locator("#ceiling")).containsText("gadā");
                Browsers.assertAccessible(page);
                page.locator("#contacts-link").click();
                assertThat(page.locator(".sadarbe-agency-directory")).containsText("Valsts izglītības attīstības aģentūra");
                Browsers.assertAccessible(page);

                page.navigate(url("/results"));
                page.locator("#q").fill("riga " + word);
                page.locator("form[role=search] button[type=submit]").click();
                assertThat(page.locator("#found")).hasText("Atrasts 1 finansēts projekts");
                Browsers.assertAccessible(page);
                page.locator(".sadarbe-results-table a").first().click();
                assertThat(page.locator("h1")).hasText("Zaļās prasmes tehnikumā " + word);
                assertThat(page.locator(".sadarbe-consortium")).containsText("Rīgas Valsts tehnikums");
                assertThat(page).hasURL(url("/results/" + project.applicationNumber()));
                Browsers.assertAccessible(page);

                page.navigate(url("/open-data"));
                Browsers.assertAccessible(page);
                Download download = page.waitForDownload(() -> page.locator("#download-grants").click());
                Path file = download.path();
                assertThat(Files.readString(file)).contains("360G-SADARBE-" + project.applicationNumber());
                Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
                assertThat(Files.readString(csv.path())).contains("Zaļās prasmes tehnikumā " + word);

                page.navigate(url("/statistics?lang=lv"));   // the funnel: each chart with its table beside it
                assertThat(page.locator(".sadarbe-chart").first()).isVisible();
                assertThat(page.locator("[data-testid=funnel-table]")).isVisible();
                assertThat(page.locator("[data-testid=funnel-table] tbody tr").first()).isVisible();
                Browsers.assertAccessible(page);
            }
        }
    }
}
