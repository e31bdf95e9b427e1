package eu.sadarbe.calls;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.domain.DemoAccounts;
import eu.sadarbe.calls.domain.RuleFigureCorrections;

/** An administrator corrects an unconfirmed figure in Latvian; the history shows it; axe finds no barrier. */
@SadarbeTest
class RuleFiguresBrowserTests {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    RuleFigureCorrections corrections;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void anAdministratorCorrectsAnUnconfirmedFigureInLatvian() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/sign-in");
            page.locator("#email").fill("admin@demo.sadarbe.eu");
            page.locator("#password").fill(DemoAccounts.PASSWORD);
            page.locator("form button[type=submit]").click();

            page.navigate("http://localhost:" + port + "/admin/rule-figures?callYear=2019&actionType=KA204&lang=lv");
            assertThat(page.locator("h1")).hasText("Noteikumu skaitļi");
            Browsers.assertAccessible(page);

            page.locator("#figures tr", new Page.LocatorOptions().setHasText("Valodas atbalsts uz dalībnieku"))
                    .getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(page.locator("h1")).containsText("Labot");
            page.locator("#amount").fill("");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Ievadiet jauno summu.");
            Browsers.assertAccessible(page);

            page.locator("#amount").fill("150");
            page.getByLabel("Apstiprināts", new Page.GetByLabelOptions().setExact(true)).check();
            page.locator("#reason").fill("Programmas vadlīnijas 2019, B daļa");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("ir saglabāts");
            assertThat(page.locator("#history + table, #history ~ table").first()).containsText("Programmas vadlīnijas 2019, B daļa");
            Browsers.assertAccessible(page);
            page.navigate("http://localhost:" + port + "/?lang=en");   // the admin's preference goes back to English
        } finally {
            corrections.correctFigure(2019, "KA204", RuleFigure.LINGUISTIC_SUPPORT_PER_PARTICIPANT,
                    new BigDecimal("150"), FigureStatus.UNCONFIRMED, "Test restores the recorded status", "test");
        }
    }
}
