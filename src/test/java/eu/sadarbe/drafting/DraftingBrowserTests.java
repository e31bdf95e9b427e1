package eu.sadarbe.drafting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.PETERIS;
import static eu.sadarbe.applications.DraftDocuments.annasDocument;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.demo.DemoAccounts;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;

/** A coordinator starts an application and a partner edits it; a conflict is shown and resolved, in Latvian. */
@SadarbeTest
class DraftingBrowserTests extends BrowserTest {

    @Autowired
    DraftDesk drafting;
    @Autowired
    AccountRegister accounts;

    BrowserContext annas;
    BrowserContext peteriss;

    @AfterEach
    void closeContexts() {
        if (annas != null) {
            annas.close();
        }
        if (peteriss != null) {
            peteriss.close();
        }
    }

    @Test
    void aCoordinatorStartsAnApplicationAndAnInvitedPartnerEditsASection() {
        annas = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        Page anna = signedIn(annas, ANNA);
        anna.navigate(url("/applications/new?lang=en"));
        Browsers.assertAccessible(anna);
        anna.locator("#actionType").selectOption("KA202");
        anna.locator("#applicant").selectOption("E10000001");
        anna.locator("#title").fill("Zaļā metināšana");
        anna.locator("#main-content form button[type=submit]").click();
        assertThat(anna.locator("h1")).hasText("Zaļā metināšana");
        assertThat(anna.locator(".govuk-task-list").first()).isVisible();
        Browsers.assertAccessible(anna);

        anna.locator("a.govuk-task-list__link[href$='/sections/needs']").click();
        anna.waitForURL("**/sections/needs");
        htmxReady(anna);
        anna.locator("#text").fill("Mācekļiem trūkst zaļo prasmju.");
        assertThat(anna.locator("#save-status")).containsText("Saved automatically");
        Browsers.assertAccessible(anna);
        anna.locator("form#section-form button[type=submit]").click();
        // "Save and continue" goes on to the next section (issue 13)
        anna.waitForURL("**/sections/objectives?saved=needs");
        assertThat(anna.locator("#saved-banner")).containsText("Your changes are saved.");
        anna.locator("a.govuk-back-link").click();

        anna.locator("#invite-email").fill(PETERIS);
        anna.locator("form[action$='/members'] button").click();
        assertThat(anna.locator("#members ~ table, #members ~ * table").first()).containsText("Pēteris Kalniņš");
        String application = anna.url().replaceAll("[?#].*", "");

        peteriss = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        Page peteris = signedIn(peteriss, PETERIS);
        peteris.navigate(application + "/sections/objectives?lang=en");
        peteris.locator("#text").fill("Kopīgs kurss trīs valstīs.");
        peteris.locator("form#section-form button[type=submit]").click();
        assertThat(peteris.locator("#saved-banner")).containsText("Your changes are saved.");
        peteris.navigate(application + "/history");
        assertThat(peteris.locator("#history")).containsText("Pēteris Kalniņš");
        Browsers.assertAccessible(peteris);
    }

    @Test
    void aSecondEditorSeesBothTextsAndChoosesInLatvian() {
        var annaId = accounts.byEmail(ANNA).orElseThrow().id();
        ApplicationSummary draft = drafting.start(annaId, annasDocument("Konflikts"), null);
        drafting.invite(annaId, draft.id(), PETERIS, Access.EDIT);
        String section = url("/applications/" + draft.id() + "/sections/impact?lang=lv");

        annas = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV"));
        Page anna = signedIn(annas, ANNA);
        anna.navigate(section);
        htmxReady(anna);
        peteriss = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV"));
        Page peteris = signedIn(peteriss, PETERIS);
        peteris.navigate(section);

        peteris.locator("#text").fill("Pētera ietekmes teksts");
        peteris.locator("form#section-form button[type=submit]").click();
        assertThat(peteris.locator("#saved-banner")).containsText("Jūsu izmaiņas ir saglabātas.");

        anna.locator("#text").fill("Annas ietekmes teksts");
        assertThat(anna.locator("#conflict h1")).hasText("Kāds cits saglabāja šo sadaļu");
        assertThat(anna.locator("#current-text")).hasText("Pētera ietekmes teksts");
        assertThat(anna.locator("#your-text")).hasText("Annas ietekmes teksts");
        Browsers.assertAccessible(anna);
        anna.locator("#merged").fill("Annas un Pētera ietekmes teksts");
        anna.locator("#conflict button[type=submit]").click();
        assertThat(anna.locator(".govuk-notification-banner")).containsText("Jūsu izmaiņas ir saglabātas.");
        anna.navigate(url("/applications/" + draft.id() + "/sections/impact"));
        assertThat(anna.locator("#text")).hasValue("Annas un Pētera ietekmes teksts");
    }

    private Page signedIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate(url("/sign-in"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(DemoAccounts.PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/sign-in"));
        return page;
    }

    /** Autosave listens only once htmx has processed the page. */
    private static void htmxReady(Page page) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction("() => !!window.htmx");
    }

}
