package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

/**
 * Debian's Chromium driven by Playwright, never downloading a browser of its own, and axe-core checking
 * WCAG 2.1 AA on the pages a test visits.
 */
public final class Browsers {

    /**
     * Debian's old headless shell (package {@code chromium-headless-shell}), the build Playwright itself runs for
     * headless tests: it renders with the same Blink as the full browser and used a third less CPU on the same browser
     * tests, the largest part of the suite's time (issue #14). The full Chromium where only it is installed;
     * {@code -Dsadarbe.test.chromium=…} names another.
     */
    static final List<Path> CHROMIUMS = List.of(Path.of("/usr/bin/chromium-headless-shell"),
            Path.of("/usr/bin/chromium"));

    private Browsers() {
    }

    static Optional<Path> chromium() {
        String named = System.getProperty("sadarbe.test.chromium", "");
        if (!named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        return CHROMIUMS.stream().filter(Files::isExecutable).findFirst();
    }

    /** Chromium, or the test is skipped with a reason — except in CI, where a missing browser fails. */
    public static Browser launch(Playwright playwright) {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium is missing at " + CHROMIUMS + "; .ci/run installs it with apt");
            }
            System.err.println("[sadarbe] WARNING: no Chromium at " + CHROMIUMS + "; browser tests are SKIPPED "
                    + "(apt-get install chromium-headless-shell)");
            assumeTrue(false, "Chromium is not installed at " + CHROMIUMS);
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.get())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
    public static void assertAccessible(Page page) {
        // A click that navigates returns before the stylesheets are in; axe must judge the page as people see it:
        // loaded, its fonts in, and no htmx request or swap under way. (Waiting for the network to be idle cost half a
        // second of silence on every page, issue #14.)
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => document.fonts.status === 'loaded'"
                + " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
        // Only the violations are read: axe then gives the rules that passed or need review one node each, instead of
        // a selector for every node of the page (axe-core's resultTypes, its advice for large pages).
        AxeRunOptions violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        // Legacy mode runs axe in the page itself. The default (axe's runPartial, made for pages with cross-origin
        // frames, which Sadarbe has none of) opened a blank page per check to finish the run there: a check took
        // 1.5 s instead of 0.7, about half of a browser test's time (issue #14). BrowsersTests shows it still fails.
        AxeResults results = new AxeBuilder(page)
                .options(violationsOnly)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .setLegacyMode(true)
                .analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(() -> "axe on " + page.url() + ":\n" + describe(serious)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
