package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check every browser test relies on finds serious barriers, and passes a page without them: it
 * runs axe in the page itself (legacy mode), and a check that could no longer fail would let every page pass.
 */
@Tag("browser")
class BrowsersTests {

    private static Playwright playwright;
    private static Browser browser;

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
    void aPageWithSeriousBarriersFailsAtEveryWidth() {
        try (Page page = browser.newPage()) {
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><head><title>Barriers</title></head><body><main>
                    <h1>Report</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                    <form><input type="text" name="amount"><button type="submit"></button></form>
                    </main></body></html>""");
            for (int width : new int[] {1280, 375}) {
                page.setViewportSize(width, 800);
                assertThatThrownBy(() -> Browsers.assertAccessible(page))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining("image-alt")
                        .hasMessageContaining("label")
                        .hasMessageContaining("button-name");
            }
        }
    }

    /** CI runs the browser tests on the headless shell, which .ci/run installs: the full browser costs a third more. */
    @Test
    void ciRunsTheHeadlessShell() {
        assumeTrue("true".equals(System.getenv("CI")), "outside CI any Chromium of Browsers.CHROMIUMS does");
        assertThat(Browsers.chromium()).contains(Browsers.CHROMIUMS.get(0));
    }

    @Test
    void thePageMadeAccessiblePasses() {
        try (Page page = browser.newPage()) {
            page.setContent("""
                    <!DOCTYPE html><html lang="en"><head><title>Report</title></head><body><main>
                    <h1>Report</h1><img alt="Sadarbe" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                    <form><label for="amount">Amount</label><input id="amount" type="text" name="amount">
                    <button type="submit">Save</button></form>
                    </main></body></html>""");
            assertThatCode(() -> Browsers.assertAccessible(page)).doesNotThrowAnyException();
        }
    }
}
