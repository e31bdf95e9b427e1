package eu.sadarbe.submission.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionTest;

/**
 * The coordinator finds a partner by name; before submitting, uploads a partner's mandate (a renamed image is refused) and signs the
 * declaration of honour; the pages warn until then and stay accessible, in English and Latvian.
 */
@SubmissionTest
class MandateAndDeclarationBrowserTests extends BrowserTest {

    static final byte[] PDF = eu.sadarbe.applications.PdfFixtures.plainPdf();

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    @Test
    void theCoordinatorUploadsAMandateSignsTheDeclarationAndSubmitsInLatvian() {
        ApplicationSummary draft = anUndeclaredDraft();
        String application = "/applications/" + draft.id();
        BrowserContext context = newContext("en-GB");
        Page page = context.newPage();
        try {
            signIn(page, SubmissionFixtures.ANNA);
            page.navigate(url(application + "?lang=en"));
            assertThat(page.locator("#declaration-missing")).containsText("The declaration of honour is not signed yet");
            assertThat(page.locator("#status-annexes")).hasText("0 of 2 mandates uploaded");
            Browsers.assertAccessible(page);

            page.navigate(url(application + "/sections/organisations"));
            page.waitForLoadState(LoadState.LOAD);
            page.locator("#partner-name").fill("jelgav");
            page.locator("#partner-search button[type=submit]").click();
            assertThat(page.locator("#partner-found")).containsText("Jelgavas Valsts ģimnāzija");
            assertThat(page.locator("#partner-found")).containsText("E10000002");
            Browsers.assertAccessible(page);

            page.navigate(url(application + "/submit"));
            assertThat(page.locator("#declaration-missing")).isVisible();
            assertThat(page.locator("#mandates-missing")).containsText("You can still submit");
            assertThat(page.locator("#submit-form")).hasCount(0);
            Browsers.assertAccessible(page);

            page.locator("#mandates-missing a").click();
            assertThat(page.locator("h1")).hasText("Annexes");
            Browsers.assertAccessible(page);
            page.locator("#annex-file").setInputFiles(new FilePayload("photo.pdf", "application/pdf",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
            page.locator("#annex-form button[type=submit]").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("is not a PDF");
            Browsers.assertAccessible(page);

            page.locator("label[for='target-0']").click();
            page.locator("#annex-file").setInputFiles(new FilePayload("Pilnvara Tallinna.pdf", "application/pdf", PDF));
            page.locator("#annex-form button[type=submit]").click();
            assertThat(page.locator("#annex-saved")).hasText("The file is uploaded.");
            assertThat(page.locator("#mandate-count")).hasText("1 of 2 mandates uploaded");
            assertThat(page.locator("#mandates")).containsText("Pilnvara Tallinna.pdf");
            Browsers.assertAccessible(page);

            page.navigate(url(application + "/sections/declaration"));
            page.waitForLoadState(LoadState.LOAD);
            page.locator("label[for='accepted']").click();
            assertThat(page.locator("#save-status")).containsText("Saved automatically");
            page.locator("form#section-form button[type=submit]").click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Your changes are saved.");
            assertThat(page.locator("#declaration-missing")).hasCount(0);
            assertThat(page.locator("#status-declaration")).hasText("Completed");
            Browsers.assertAccessible(page);

            page.navigate(url(application + "/submit?lang=lv"));
            assertThat(page.locator("html")).hasAttribute("lang", "lv");
            assertThat(page.locator("#mandates-missing")).containsText("Augšupielādēta 1 no 2 pilnvarām");
            assertThat(page.locator("#declaration-missing")).hasCount(0);
            Browsers.assertAccessible(page);
            page.locator("#submit-form button").click();
            assertThat(page.locator("h1")).hasText("Pieteikums iesniegts");
            Browsers.assertAccessible(page);
        } finally {
            page.navigate(url("/?lang=en"));
            context.close();
        }
    }

    ApplicationSummary anUndeclaredDraft() {
        String label = "Submission tests 9";
        CallRoundSummary round = rounds.all().stream().filter(r -> label.equals(r.label())).findFirst()
                .orElseGet(() -> rounds.define(2020, 9, label, Set.of("KA202"), LocalDateTime.of(2099, 12, 31, 12, 0),
                        "tests"));
        return drafting.start(accounts.byEmail(SubmissionFixtures.ANNA).orElseThrow().id(),
                SubmissionFixtures.undeclared("Pilnvaras un apliecinājums"), round.id());
    }
}
