package eu.sadarbe;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.sadarbe.demo.DemoAccounts;

/**
 * What every browser test needs: one Chromium for the whole test run (launched once, closed when the JVM ends),
 * the address of the running Sadarbe, and signing in as a demo user. Subclasses carry {@link SadarbeTest}.
 * Tagged {@code browser}: what a page does in the browser does not depend on the database, so these run once (H2).
 */
@Tag("browser")
public abstract class BrowserTest {

    private static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static synchronized void launchChromiumOnce() {
        if (browser == null) {
            Playwright started = Browsers.playwright();
            browser = Browsers.launch(started);
            playwright = started;
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
    }

    protected BrowserContext newContext(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in on the sign-in page with a demo account's password. */
    protected void signIn(Page page, String email) {
        page.navigate(url("/sign-in"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(DemoAccounts.PASSWORD);
        page.locator("main form button[type=submit]").click();
    }
}
