package eu.sadarbe.statistics.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.statistics.domain.SubmissionRegistration;

/**
 * Issue #20, item 4: a visitor reads the statistics in Latvian and English without signing in, filters them by call
 * year and action type with the plain GET form, reads the table beside the funnel chart and downloads the CSV;
 * axe finds nothing serious at 1280 and 375 pixels.
 */
@SadarbeTest
class StatisticsBrowserTests extends BrowserTest {

    @Autowired
    SubmissionRegistration registration;

    @Test
    void aVisitorFiltersReadsTheTablesAndDownloadsTheFiguresInBothLanguages() throws IOException {
        registration.catchUp();
        BrowserContext context = newContext("lv-LV");
        Page page = context.newPage();
        page.setViewportSize(1280, 900);
        page.navigate(url("/"));
        page.locator("footer a[href='/statistics']").click();
        assertThat(page.locator("h1")).hasText("Statistika");
        Browsers.assertAccessible(page);

        page.locator("#callYear").selectOption("2020");
        page.locator("#actionType").selectOption("KA201");
        page.locator("[data-testid='statistics-filters'] button[type=submit]").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("callYear=2020.*actionType=KA201"));
        assertThat(page.locator("#callYear")).hasValue("2020");
        Locator funnel = page.locator("table[data-testid='funnel-table']");
        assertThat(funnel.locator("caption")).hasText("Piltuve: pieteikumi katrā posmā");
        String received = funnel.locator("tbody tr").first().locator("td").first().textContent().trim();
        assertThat(Integer.parseInt(received.replace("\u00a0", ""))).isGreaterThanOrEqualTo(1);
        // Completed projects come with reporting's ProjectCompleted: a count, whatever the demo has settled so far.
        assertThat(funnel.locator("tbody tr").last().locator("td").first())
                .hasText(java.util.regex.Pattern.compile("^\\s*\\d[\\d\u00a0]*\\s*$"));
        assertThat(page.locator("svg#chart-funnel")).hasAttribute("role", "img");
        assertThat(page.locator("svg#chart-funnel title")).hasText(
                "Piltuve no saņemtajiem pieteikumiem līdz noslēgtajiem līgumiem");
        assertThat(page.locator("table[data-testid='actionType-table'] tbody tr")).hasCount(1);
        assertThat(page.locator("table[data-testid='actionType-table'] tbody th")).containsText("KA201");
        Browsers.assertAccessible(page);
        page.setViewportSize(375, 800);
        Browsers.assertAccessible(page);

        Download download = page.waitForDownload(() -> page.locator("[data-testid='csv-link']").click());
        byte[] csv = Files.readAllBytes(download.path());
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Konkursa gads,Kārta,Valsts aģentūra,Darbības veids").contains(",KA201,");
        assertThat(text).doesNotContain(",KA202,");

        page.setViewportSize(1280, 900);
        page.locator("a[hreflang='en']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Statistics");
        assertThat(page.locator("table[data-testid='funnel-table'] caption"))
                .hasText("The funnel: applications at each stage");
        assertThat(page.locator("table[data-testid='funnel-table'] tbody tr").last()).containsText("Completed");
        assertThat(page.locator("[data-testid='statistics-count']")).containsText("received");
        Browsers.assertAccessible(page);
        page.setViewportSize(375, 800);
        Browsers.assertAccessible(page);
        context.close();
    }
}
