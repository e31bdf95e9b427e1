package eu.sadarbe.drafting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.annasDocument;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.demo.DemoAccounts;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;

/**
 * Issue #12: while the database refused writes, autosave showed nothing and the text was lost with the page. A save
 * that fails says so in the page's language, the text stays in the browser, comes back on reload with a notice, and
 * is saved once the server takes it.
 */
@SadarbeTest
class AutosaveFailureBrowserTests extends BrowserTest {

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    BrowserContext context;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aFailedAutosaveSaysSoKeepsTheTextAndSavesItLater() {
        ApplicationSummary draft = drafting.start(accounts.byEmail(ANNA).orElseThrow().id(),
                annasDocument("Autosave kļūme"), null);
        String section = url("/applications/" + draft.id() + "/sections/needs");
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        Page page = signedIn(context);
        page.navigate(section + "?lang=en");
        htmxReady(page);

        // The database refuses writes: every autosave is answered 503, as web.DatabaseOutage answers then.
        page.route("**/sections/needs", route -> {
            if ("POST".equals(route.request().method())) {
                route.fulfill(new Route.FulfillOptions().setStatus(503).setContentType("text/html")
                        .setBody("<p>Service unavailable</p>"));
            } else {
                route.resume();
            }
        });
        page.locator("#text").fill("Mācekļiem trūkst zaļo prasmju, un darba devēji to redz.");
        assertThat(page.locator("#autosave-failed")).containsText("Not saved: your latest changes did not reach");
        Browsers.assertAccessible(page);

        // The page is closed and opened again, the server still refusing: the text comes back, with a notice.
        page.navigate(section + "?lang=lv");
        htmxReady(page);
        assertThat(page.locator("#text")).hasValue("Mācekļiem trūkst zaļo prasmju, un darba devēji to redz.");
        assertThat(page.locator("#autosave-restored")).isVisible();
        assertThat(page.locator("#autosave-restored")).containsText("Nesaglabātais teksts atjaunots");
        page.locator("#text").press("End");
        page.locator("#text").pressSequentially(" Arī skolas.");
        assertThat(page.locator("#autosave-failed")).containsText("Nav saglabāts: jūsu pēdējās izmaiņas");
        Browsers.assertAccessible(page);

        // The server takes writes again: the next change is saved and the browser's copy is dropped.
        page.unroute("**/sections/needs");
        page.locator("#text").pressSequentially(" Un augstskolas.");
        assertThat(page.locator("#save-status")).containsText("Saglabāts automātiski");
        page.navigate(section + "?lang=en");
        htmxReady(page);
        assertThat(page.locator("#text")).hasValue(
                "Mācekļiem trūkst zaļo prasmju, un darba devēji to redz. Arī skolas. Un augstskolas.");
        assertThat(page.locator("#autosave-restored")).isHidden();
        org.assertj.core.api.Assertions.assertThat(page.evaluate(
                "() => Object.keys(localStorage).filter(key => key.startsWith('sadarbe-draft:')).length"))
                .isEqualTo(0);
    }

    private Page signedIn(BrowserContext browserContext) {
        Page page = browserContext.newPage();
        page.navigate(url("/sign-in"));
        page.locator("#email").fill(ANNA);
        page.locator("#password").fill(DemoAccounts.PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(address -> !address.contains("/sign-in"));
        return page;
    }

    private static void htmxReady(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => !!window.htmx");
    }
}
