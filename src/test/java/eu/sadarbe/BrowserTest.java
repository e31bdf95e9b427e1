package eu.sadarbe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.sadarbe.demo.DemoAccounts;

/**
 * What every browser test needs: a Chromium (launched once per Sadarbe it drives, closed when the JVM ends), the
 * address of the running Sadarbe, and signing in as a demo user. Subclasses carry {@link SadarbeTest} or
 * {@link SecondSadarbeTest}.
 * Tagged {@code browser}: what a page does in the browser does not depend on the database, so these run once (H2).
 * <p>
 * Playwright is not thread-safe: the classes of one Sadarbe run one after another (their {@code ResourceLock}), so
 * each Chromium is driven by one test class at a time, while the two Sadarbes' classes run side by side.
 */
@Tag("browser")
public abstract class BrowserTest {

    private static final Map<String, Browser> BROWSERS = new ConcurrentHashMap<>();

    /** The Chromium of this class's Sadarbe. */
    protected Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void chromiumOfThisSadarbe() {
        browser = BROWSERS.computeIfAbsent(sadarbe(getClass()), ignored -> {
            Playwright playwright = Browsers.playwright();
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            return Browsers.launch(playwright);
        });
    }

    /** Which Sadarbe a test class drives: the shared one, the second one, or one it starts itself. */
    static String sadarbe(Class<?> testClass) {
        if (AnnotatedElementUtils.hasAnnotation(testClass, SecondSadarbeTest.class)) {
            return "second";
        }
        return AnnotatedElementUtils.hasAnnotation(testClass, SadarbeTest.class) ? "shared" : testClass.getName();
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
