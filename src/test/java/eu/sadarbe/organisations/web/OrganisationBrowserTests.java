package eu.sadarbe.organisations.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;

/** Registration, partner search and import in a real browser, in English and Latvian, checked by axe. */
@SadarbeTest
class OrganisationBrowserTests extends BrowserTest {

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

    @Test
    void anApplicantRegistersAnOrganisationInLatvianAfterCorrectingTheForm() {
        signIn(page, "anna.berzina@demo.sadarbe.eu");
        page.navigate(url("/organisations/new?lang=lv"));
        assertThat(page.locator("h1")).hasText("Reģistrēt organizāciju");
        Browsers.assertAccessible(page);

        page.locator("form button[type=submit]").last().click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Ievadiet organizācijas juridisko nosaukumu");
        Browsers.assertAccessible(page);

        String number = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        page.locator("#legalName").fill("Cēsu Pārlielupes pamatskola " + number);
        page.locator("#country").selectOption("LV");
        page.locator("#city").fill("Cēsis");
        page.locator("#address").fill("Lielā iela 1");
        page.locator("#organisationType").selectOption("SCHOOL");
        page.locator("#registrationNumber").fill(number);
        page.locator("#legalRepresentativeName").fill("Inese Kalniņa");
        page.locator("#contactName").fill("Māris Ozols");
        page.locator("#contactEmail").fill("maris@example.lv");
        page.locator("label[for=field-0]").click();
        page.locator("label[for=lookingForPartners]").click();
        page.locator("#topics").fill("vide, robotika");
        page.locator("form button[type=submit]").last().click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("organizācijas ID ir E");
        assertThat(page.locator("#oid")).hasText(Pattern.compile("^E\\d{8}$"));
        assertThat(page.locator(".sadarbe-status")).hasText("Deklarēta");
        Browsers.assertAccessible(page);
    }

    @Test
    void aVisitorFindsPartnersWithoutDiacriticsInEnglishAndLatvian() {
        page.navigate(url("/partners?lang=en"));
        Browsers.assertAccessible(page);
        page.locator("#q").fill("riga");
        page.locator("form[role=search] button[type=submit]").click();
        assertThat(page.locator("#results")).containsText("Rīgas Valsts tehnikums");
        Browsers.assertAccessible(page);

        page.navigate(url("/partners?q=jelgavas+gimnazija&lang=lv"));
        assertThat(page.locator("#results-heading"))   // ICU: "Atrasta 1 organizācija", "Atrastas 2 organizācijas"
                .hasText(java.util.regex.Pattern.compile("Atrasta 1 organizācija|Atrastas \\d+ organizācijas"));
        page.locator("#results a", new Page.LocatorOptions().setHasText("Jelgavas Valsts ģimnāzija")).click();
        assertThat(page.locator("h1")).hasText("Jelgavas Valsts ģimnāzija");
        assertThat(page.locator("main")).not().containsText("Demo Contact");
        Browsers.assertAccessible(page);
    }

    @Test
    void anOfficerImportsARegisterAndReadsTheReportInBothLanguages(@TempDir Path folder) throws Exception {
        String batch = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        Path file = folder.resolve("register.csv");
        Files.writeString(file, "legal_name,country,city,address,organisation_type,registration_number,"
                + "legal_representative_name,contact_name,contact_email\n"
                + "Daugavpils skola " + batch + ",LV,Daugavpils,Saules iela 1,SCHOOL,D-" + batch
                + ",Direktore,Kontakts,kontakts@example.lv\n"
                + "Bez valsts " + batch + ",ZZ,Daugavpils,Saules iela 2,SCHOOL,E-" + batch
                + ",Direktore,Kontakts,kontakts@example.lv\n", StandardCharsets.UTF_8);
        signIn(page, "ilze.ozola@demo.sadarbe.eu");

        page.navigate(url("/organisations/import?lang=lv"));
        Browsers.assertAccessible(page);
        page.locator("#file").setInputFiles(file);
        page.locator("form button[type=submit]").last().click();
        assertThat(page.locator("#import-result")).containsText("Nekas netika importēts");
        assertThat(page.locator("#import-errors")).containsText("Izvēlieties valsti no saraksta");
        Browsers.assertAccessible(page);

        page.navigate(url("/organisations/import?lang=en"));
        page.locator("#file").setInputFiles(file);
        page.locator("label[for=onlyValidRows]").click();
        page.locator("form button[type=submit]").last().click();
        assertThat(page.locator("#import-result")).containsText("1 organisation imported.");
        assertThat(page.locator("#import-errors")).containsText("3");
        Browsers.assertAccessible(page);
    }
}
