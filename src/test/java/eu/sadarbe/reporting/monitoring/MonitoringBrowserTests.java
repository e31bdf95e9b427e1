package eu.sadarbe.reporting.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;

/**
 * VIAA's officer opens the monitoring of the agency's agreements in force, filters them by round and by a flag
 * that is not understood, downloads the spreadsheet, and sees a demo agreement with its reports and payments; the
 * coordinator's project page loads what is due next. English and Latvian; axe finds no barrier at 1280 and 375 px.
 */
@SadarbeTest
class MonitoringBrowserTests extends BrowserTest {

    @Autowired Agreements agreements;

    @ParameterizedTest
    @CsvSource({"en, 'Monitoring of the agreements in force', 'Reports (R-REP-01)', 'Some filters were not understood'",
            "lv, 'Spēkā esošo līgumu uzraudzība', 'Pārskati (R-REP-01)', 'Daži filtri netika saprasti'"})
    void theOfficerMonitorsThePortfolio(String language, String title, String reports, String ignored)
            throws Exception {
        AgreementInForce agreement = agreements.inForceAt("LV01").get(0);
        try (BrowserContext context = newContext(language)) {
            Page page = context.newPage();
            page.setViewportSize(1280, 900);
            signIn(page, "ilze.ozola@demo.sadarbe.eu");
            page.navigate(url("/agency/monitoring?lang=" + language));
            assertThat(page.locator("h1")).hasText(title);
            page.locator("#round").selectOption(agreement.callYear() + "/" + agreement.roundNumber());
            page.locator("#filters button[type=submit]").click();
            assertThat(page.locator("#portfolio")).containsText(reports);
            assertThat(page.locator("#portfolio tr[data-agreement='" + agreement.number() + "']")).isVisible();
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);
            page.setViewportSize(1280, 900);

            Download download = page.waitForDownload(() -> page.locator("#export").click());
            byte[] xlsx = Files.readAllBytes(download.path());
            assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');

            page.navigate(url("/agency/monitoring?flag=red&lang=" + language));
            assertThat(page.locator("#ignored-filters")).containsText(ignored);
            Browsers.assertAccessible(page);
        }
    }
}
