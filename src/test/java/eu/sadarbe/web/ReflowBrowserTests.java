package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;

/**
 * WCAG 1.4.10 (reflow, issue 13): at 320 CSS pixels every main page of every role, in Latvian and in English, needs
 * no sideways scrolling of the page — a wide table scrolls inside its own focusable, named region — and axe finds
 * no serious barrier. In Latvian (the longer words) the pages are the start pages {@link EveryPageInWordsTests}
 * walks from, one page of each kind they link to (one application, one organisation, one activity form …) and an
 * application's main sections and history; in English the start pages and those axe checks. One browser context.
 */
@SadarbeTest
class ReflowBrowserTests extends BrowserTest {

    static final int NARROWEST = 320;
    /** Pages two links away from a start page that are checked too: sections of a task list and the history. */
    static final Pattern DEEPER = Pattern.compile(
            ".*/(sections/(context|needs|organisations|priorities|meetings|learning-activities|annexes)|history)$");
    /**
     * Where axe runs at 320 px (in Latvian, the longer words), once each: the public pages and the pages whose wide
     * tables now scroll in their own regions. The desktop browser tests run axe on every journey.
     */
    static final List<String> AXE_KINDS = List.of("/check", "/partners", "/rounds", "/distances",
            "/applications", "/applications/{id}", "/applications/{id}/sections/meetings",
            "/applications/{id}/history", "/organisations/{id}", "/agency/applications", "/agency/selection",
            "/assessments", "/admin/security-events");
    static final List<String> START_PAGES = EveryPageInWordsTests.START_PAGES;
    static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(webjars|css|js|images|assets|actuator|swagger-ui|v3|api)/.*|^/swagger-ui.*|.*[?&]lang=.*|^/sign-out.*"
                    + "|.*\\.(pdf|xlsx|csv|json|xml)(\\?.*)?$|.*/(download|export|pdf|document)(\\?.*)?$");
    /** Public pages that read the same signed in, but for the menu: checked once, for the anonymous visitor. */
    static final List<String> PUBLIC_PAGES = List.of("/check", "/partners", "/distances", "/reference");
    /** The description texts of an application share one page layout. */
    static final Pattern TEXT_SECTIONS = Pattern.compile(
            "(?<=/sections/)(needs|objectives|target-groups|innovation|partnership|impact|dissemination)$");
    /** Ids in an address: pages that differ only in them are the same kind of page. */
    static final Pattern IDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f-]{27}|(?<=/)E\\d{8}|(?<=/)\\d+(?=/|$)|(?<=/)KA2\\d\\d|(?<=/)[A-Z][A-Z0-9_]+(?=/|$)");

    @Test
    void everyMainPageReflowsAt320PixelsInLatvianAndEnglish() {
        Map<String, List<String>> overflowing = new LinkedHashMap<>();
        Set<String> axed = new LinkedHashSet<>();
        int pages = 0;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("lv-LV").setViewportSize(NARROWEST, 700))) {
            Page page = context.newPage();
            for (String who : new String[] {null, "anna.berzina@demo.sadarbe.eu", "ilze.ozola@demo.sadarbe.eu",
                    "marta.jansone@demo.sadarbe.eu", "admin@demo.sadarbe.eu"}) {
                context.clearCookies();
                if (who != null) {
                    signIn(page, who);
                }
                String role = who == null ? "anonymous" : who;
                // Latvian, with its longer words, on every page found; then English on the main ones, last, so
                // that the demo accounts keep English for the other tests
                page.navigate(url("/?lang=lv"));
                Set<String> kinds = new LinkedHashSet<>();
                List<String> toVisit = new ArrayList<>(START_PAGES);
                List<Integer> depths = new ArrayList<>(START_PAGES.stream().map(start -> 0).toList());
                List<String> found = new ArrayList<>();
                START_PAGES.forEach(start -> kinds.add(kind(start)));
                for (int next = 0; next < toVisit.size(); next++) {
                    String path = toVisit.get(next);
                    if (who != null && PUBLIC_PAGES.contains(path) || !opened(page, path)) {
                        continue;
                    }
                    found.add(path);
                    check(page, role + " lv " + path, overflowing);
                    if (AXE_KINDS.contains(kind(path)) && axed.add(kind(path))) {
                        Browsers.assertAccessible(page);
                    }
                    if (depths.get(next) < 2) {
                        for (String link : links(page)) {
                            if (!NOT_A_PAGE.matcher(link).matches() && (depths.get(next) == 0
                                    || DEEPER.matcher(link).matches()) && kinds.add(kind(link))) {
                                toVisit.add(link);
                                depths.add(depths.get(next) + 1);
                            }
                        }
                    }
                }
                pages += found.size();
                page.navigate(url("/?lang=en"));
                for (String path : found) {
                    if ((START_PAGES.contains(path) || AXE_KINDS.contains(kind(path))) && opened(page, path)) {
                        check(page, role + " en " + path, overflowing);
                        pages++;
                    }
                }
            }
        }
        assertThat(pages).as("pages tried at 320 px").isGreaterThan(60);
        assertThat(axed).as("pages axe checked at 320 px").contains("/applications/{id}/sections/meetings",
                "/organisations/{id}", "/check");
        assertThat(overflowing).as("pages wider than 320 px (and what sticks out)").isEmpty();
    }

    @Test
    void aWideTableScrollsInItsOwnNamedFocusableRegion() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("lv-LV").setViewportSize(NARROWEST, 700))) {
            Page page = context.newPage();
            page.navigate(url("/check?lang=lv"));
            var region = page.locator(".sadarbe-table-scroll:has(table.sadarbe-input-table)").first();
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            assertThat(region.getAttribute("aria-label")).isEqualTo(
                    region.locator("caption").textContent().strip().replaceAll("\\s+", " "));
            assertThat((Boolean) region.evaluate("r => r.scrollWidth > r.clientWidth")).as("scrolls inside").isTrue();
            assertThat(wideElements(page)).isEmpty();
        }
    }

    /** Opens the page; false if it is not there for this person (not found, refused, or sign-in first). */
    private boolean opened(Page page, String path) {
        Response response = page.navigate(url(path));
        return response != null && response.status() == 200
                && (path.startsWith("/sign-in") || !page.url().contains("/sign-in"));
    }

    private static void check(Page page, String where, Map<String, List<String>> overflowing) {
        List<String> wide = wideElements(page);
        if (!wide.isEmpty()) {
            overflowing.put(where, wide);
        }
    }

    /** The addresses the page's main content links to, without fragments. */
    @SuppressWarnings("unchecked")
    private static List<String> links(Page page) {
        return ((List<String>) page.evaluate(
                "() => [...document.querySelectorAll('main a[href^=\"/\"]')].map(a => a.getAttribute('href'))"))
                .stream().map(link -> link.replaceAll("#.*", "")).toList();
    }

    private static String kind(String path) {
        return TEXT_SECTIONS.matcher(IDS.matcher(path.replaceAll("\\?.*", "")).replaceAll("{id}")).replaceAll("{text}");
    }

    /** What sticks out of the page on the right, if the page is wider than the window. */
    @SuppressWarnings("unchecked")
    private static List<String> wideElements(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                    const root = document.documentElement;
                    if (root.scrollWidth <= root.clientWidth) return [];
                    const wide = [...document.body.querySelectorAll('*')]
                        .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1
                            && !(e.parentElement && e.parentElement.closest('.sadarbe-table-scroll')))
                        .slice(0, 3)
                        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className);
                    return ['page ' + root.scrollWidth + ' px wide', ...wide];
                }""");
    }
}
