package eu.sadarbe.calls;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.calls.domain.RuleFigureCorrections;

/** An administrator corrects an unconfirmed figure in Latvian; the history shows it; axe finds no barrier. */
@SadarbeTest
class RuleFiguresBrowserTests extends BrowserTest {

    @Autowired
    RuleFigureCorrections corrections;

    @Test
    void anAdministratorCorrectsAnUnconfirmedFigureInLatvian() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV"))) {
            Page page = context.newPage();
            signIn(page, "admin@demo.sadarbe.eu");

            page.navigate(url("/admin/rule-figures?callYear=2019&actionType=KA204&lang=lv"));
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
            assertThat(page.locator("#history ~ table, #history ~ * table").first()).containsText("Programmas vadlīnijas 2019, B daļa");
            Browsers.assertAccessible(page);
            page.navigate(url("/?lang=en"));   // the admin's preference goes back to English
        } finally {
            corrections.correctFigure(2019, "KA204", RuleFigure.LINGUISTIC_SUPPORT_PER_PARTICIPANT,
                    new BigDecimal("150"), FigureStatus.UNCONFIRMED, "Test restores the recorded status", "test");
        }
    }
}
