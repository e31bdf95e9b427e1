package eu.sadarbe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.demo.DemoAccounts;
import eu.sadarbe.demo.DemoAccounts.DemoAccount;

/** Every demo role signs in, sees what it can do, reads Sadarbe in Latvian — and axe finds no serious barrier. */
@SadarbeTest
class ShellBrowserTests extends BrowserTest {

    /** The first demo account of each role: the ten demo experts would only repeat the same pages. */
    static final List<DemoAccount> demoAccounts = List.copyOf(DemoAccounts.ALL.stream()
            .collect(Collectors.toMap(DemoAccount::role, account -> account, (first, later) -> first,
                    () -> new EnumMap<>(Role.class)))
            .values());

    BrowserContext context;
    Page page;

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @ParameterizedTest
    @FieldSource("demoAccounts")
    void everyRoleSignsInAndWorksInLatvian(DemoAccount demo) {
        page.navigate(url("/sign-in"));
        Browsers.assertAccessible(page);
        signIn(page, demo.email());
        page.navigate(url("/?lang=en"));   // English first, whatever language another test left the account in

        assertThat(page.locator("[data-role='" + demo.role() + "']")).isVisible();
        assertThat(page.locator(".sadarbe-signed-in")).containsText(demo.displayName());
        Browsers.assertAccessible(page);

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Reference data").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Reference data");

        page.locator("a[hreflang='lv']").click();
        assertThat(page.locator("html")).hasAttribute("lang", "lv");
        assertThat(page.locator("h1")).hasText("Atsauces dati");
        assertThat(page.locator("#countries")).hasText("Valstis");
        assertThat(page.locator("table").last()).containsText("Programmas valsts");
        // axe checks the long reference page once per language in the anonymous test below, not once per role

        page.navigate(url("/"));
        assertThat(page.locator("[data-role='" + demo.role() + "'] h2")).containsText("jūs varat");
        assertThat(page.locator(".sadarbe-signed-in")).containsText("Pierakstījies kā");
        Browsers.assertAccessible(page);

        page.locator("[data-testid='sign-out']").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Jūs esat izrakstījies");
    }

    /**
     * On a phone the menu (17 links for an officer, about 600 px) folded behind GOV.UK's menu button, so that the
     * page itself starts on the first screen; the button opens it, and on a desktop there is no button.
     */
    @Test
    void onAPhoneTheMenuFoldsBehindItsButton() {
        page.setViewportSize(375, 800);
        page.navigate(url("/sign-in"));
        signIn(page, "ilze.ozola@demo.sadarbe.eu");
        page.navigate(url("/agency/applications?lang=lv"));
        var toggle = page.locator(".govuk-service-navigation__toggle");
        assertThat(toggle).hasText("Izvēlne");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#navigation")).isHidden();
        org.assertj.core.api.Assertions.assertThat(((Number) page.locator("h1")
                .evaluate("heading => heading.getBoundingClientRect().top")).doubleValue())
                .as("the heading on the first screen").isLessThan(400);
        Browsers.assertAccessible(page);

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        page.locator("#navigation a[href='/agency/selection']").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/agency/selection.*"));

        page.setViewportSize(1280, 800);
        assertThat(page.locator(".govuk-service-navigation__toggle")).isHidden();
        assertThat(page.locator("#navigation")).isVisible();
        page.navigate(url("/?lang=en"));
    }

    @Test
    void remembersTheLanguageOfAPersonOnTheirNextSignInElsewhere() {
        page.navigate(url("/sign-in"));
        signIn(page, "peteris.kalnins@demo.sadarbe.eu");
        page.navigate(url("/?lang=lv"));
        assertThat(page.locator("html")).hasAttribute("lang", "lv");

        BrowserContext otherBrowser = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        Page other = otherBrowser.newPage();
        other.navigate(url("/sign-in"));
        assertThat(other.locator("html")).hasAttribute("lang", "en");
        other.locator("#email").fill("peteris.kalnins@demo.sadarbe.eu");
        other.locator("#password").fill(DemoAccounts.PASSWORD);
        other.locator("form button[type=submit]").click();
        assertThat(other.locator("html")).hasAttribute("lang", "lv");
        assertThat(other.locator("h1")).containsText("stratēģiskās partnerības");
        otherBrowser.close();

        page.navigate(url("/?lang=en"));
    }

    @Test
    void anonymousVisitorsReadThePublicPagesAndAFriendlyNotFoundPage() {
        page.navigate(url("/"));
        Browsers.assertAccessible(page);
        page.navigate(url("/reference?callYear=2018"));
        assertThat(page.locator("#callYear")).hasValue("2018");
        Browsers.assertAccessible(page);

        page.navigate(url("/reference?callYear=1990&lang=lv"));
        assertThat(page.locator(".govuk-error-summary")).containsText("Izvēlieties konkursa gadu");
        Browsers.assertAccessible(page);

        page.navigate(url("/sign-in"));
        signIn(page, "anna.berzina@demo.sadarbe.eu");
        var response = page.navigate(url("/no-such-page"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Lapa nav atrasta");
        assertThat(page.locator("body")).not().containsText("Exception");
        Browsers.assertAccessible(page);
    }

    @Test
    void explainsAFailedSignInAndKeepsTheAddress() {
        page.navigate(url("/sign-in"));
        page.locator("#email").fill("marta.jansone@demo.sadarbe.eu");
        page.locator("#password").fill("not-the-password");
        page.locator("form button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("not right");
        assertThat(page.locator("#email")).hasValue("marta.jansone@demo.sadarbe.eu");
        assertThat(page).hasURL(Pattern.compile(".*/sign-in\\?error.*"));
        Browsers.assertAccessible(page);
    }
}
