package eu.sadarbe.grants;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.payments.PaymentFixtures;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;
import eu.sadarbe.web.Formats;

/**
 * The officer prepares the agreement (English), the coordinator signs (Latvian), the officer signs last and it is in
 * force; the first pre-financing is due with the right date and amount, paid through the SEPA file and marked made
 * (issue 18's "Done when"); the coordinator asks for a partner to join, sees the eligibility check's findings before sending, signs the
 * amendment, and the officer approves it. axe finds no barrier at 1280 and 375 px.
 */
@SubmissionTest
class GrantBrowserTests extends BrowserTest {

    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired SelectionDesk selection;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void theOfficerPreparesTheCoordinatorSignsTheOfficerSignsAndAnAmendmentAddsAPartner() throws Exception {
        SelectionTestData fixtures = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher,
                jdbc, clock);
        SignedInUser ilze = fixtures.person(SubmissionFixtures.ILZE);
        SignedInUser anna = fixtures.person(SubmissionFixtures.ANNA, "lv");
        SubmissionSummary submission = GrantTestData.selectedSchoolExchange(fixtures, drafting, desk, selection, ilze,
                anna, "Browser reading " + UUID.randomUUID());

        BrowserContext officerContext = newContext("en-GB");
        BrowserContext coordinatorContext = newContext("lv-LV");
        try {
            Page officer = officerContext.newPage();
            signIn(officer, SubmissionFixtures.ILZE);
            officer.navigate(url("/agency/grants?lang=en"));
            officer.locator("a[href*='/agency/grants/prepare/" + submission.applicationId().value() + "']").click();
            assertThat(officer.locator("h1")).hasText("Prepare the grant agreement");
            Browsers.assertAccessible(officer);
            officer.locator("#representative0").fill("Inese Kalna");
            officer.locator("#iban0").fill("LV80 BANK 0000 4351 9500 2");
            officer.locator("#bic0").fill("HABALV22");
            officer.locator("#representative1").fill("Mari Tamm");
            officer.locator("#iban1").fill("EE38 2200 2210 2014 5685");
            officer.locator("#bic1").fill("HABAEE2X");
            officer.locator("#language").selectOption("lv");
            officer.locator("#prepare").click();
            assertThat(officer.locator("#problem")).containsText("LV80 BANK 0000 4351 9500 2");
            officer.locator("#iban0").fill("LV80 BANK 0000 4351 9500 1");
            officer.locator("#prepare").click();
            assertThat(officer.locator("#done")).hasText("Agreements prepared: 2");
            Browsers.assertAccessible(officer);

            String id = jdbc.sql("SELECT id FROM grant_agreement WHERE application_id = ? AND national_agency_code = 'LV01'")
                    .param(submission.applicationId().value()).query(UUID.class).single().toString();

            Page coordinator = coordinatorContext.newPage();
            signIn(coordinator, SubmissionFixtures.ANNA);
            coordinator.navigate(url("/projects/" + id + "?lang=lv"));
            assertThat(coordinator.locator("#status")).hasText("Gaida saņēmēja parakstu");
            assertThat(coordinator.locator("#payments")).hasAttribute("href", "/projects/" + id + "/payments");
            Browsers.assertAccessible(coordinator);
            coordinator.locator("#sign-button").click();
            assertThat(coordinator.locator("#problem")).containsText("atzīmējiet");
            coordinator.locator("#accept").check();
            coordinator.locator("#sign-button").click();
            assertThat(coordinator.locator("#done")).containsText("Jūs parakstījāt līgumu");
            assertThat(coordinator.locator("#status")).hasText("Gaida aģentūras parakstu");

            officer.navigate(url("/agency/grants/" + id + "?lang=en"));
            officer.locator("#agency-sign").click();
            assertThat(officer.locator("#done")).containsText("the agreement is in force");
            assertThat(officer.locator("#status")).hasText("In force");
            assertThat(officer.locator("#next-steps + ul")).containsText("First pre-financing due by");
            Browsers.assertAccessible(officer);

            theFirstPrefinancingIsDuePaidByTheSepaFileAndMarkedMade(officer, coordinator, id);

            coordinator.navigate(url("/projects/" + id + "?lang=lv"));
            assertThat(coordinator.locator("#status")).hasText("Stājies spēkā");
            coordinator.locator("#request-amendment").click();
            coordinator.locator("#organisationId").fill("E10000013");
            coordinator.locator("#legalName").fill("Vilniaus Žirmūnų gimnazija");
            coordinator.locator("#country").fill("LT");
            coordinator.locator("#organisationType").selectOption("SCHOOL");
            coordinator.locator("#mandate1").check();
            coordinator.locator("#check").click();
            assertThat(coordinator.locator("#findings-none")).containsText("R-ELIG-01…12");
            Browsers.assertAccessible(coordinator);
            coordinator.locator("#send").click();
            assertThat(coordinator.locator("#done")).containsText("Grozījums 2");
            coordinator.locator("#accept-2").check();
            coordinator.locator("#sign-amendment").click();
            assertThat(coordinator.locator("#done")).containsText("Jūs parakstījāt grozījumu");

            officer.navigate(url("/agency/grants/" + id + "?lang=en"));
            officer.locator("#approve-amendment").click();
            assertThat(officer.locator("#done")).containsText("approved");
            assertThat(officer.locator(".grants-versions")).containsText("Version 2");
            assertThat(officer.locator(".grants-versions")).containsText("Vilniaus Žirmūnų gimnazija");
            Browsers.assertAccessible(officer);

            coordinator.setViewportSize(375, 812);
            coordinator.navigate(url("/projects/" + id + "?lang=lv"));
            assertThat(coordinator.locator(".amendment-status")).containsText("Apstiprināts");
            Browsers.assertAccessible(coordinator);
            officer.setViewportSize(375, 812);
            officer.navigate(url("/agency/grants?lang=en"));
            Browsers.assertAccessible(officer);
        } finally {
            officerContext.close();
            coordinatorContext.close();
        }
    }

    /**
     * R-PAY-01: in force, the first pre-financing (the default scheme: one pre-financing of 80 %) falls due 30 days
     * after entry into force; the officer finds it on the finance page, downloads the SEPA file, which validates
     * against pain.001.001.03, and marks it made; the coordinator sees it received.
     */
    private void theFirstPrefinancingIsDuePaidByTheSepaFileAndMarkedMade(Page officer, Page coordinator, String id)
            throws Exception {
        var agreement = jdbc.sql("SELECT agreement_number, awarded_total, entered_into_force_on FROM grant_agreement "
                        + "WHERE id = ?").param(UUID.fromString(id))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getDate(3).toLocalDate()})
                .single();
        String number = (String) agreement[0];
        BigDecimal firstPrefinancing = ((BigDecimal) agreement[1]).multiply(new BigDecimal("0.8"))
                .setScale(2, RoundingMode.HALF_UP);
        LocalDate dueOn = ((LocalDate) agreement[2]).plusDays(30);
        Formats english = Formats.in(Locale.UK);

        Locator row = officer.locator(".sadarbe-payments tr", new Page.LocatorOptions().setHasText(number));
        for (int attempt = 0; attempt < 40 && row.count() == 0; attempt++) {   // the order follows the event's commit
            officer.navigate(url("/agency/payments?lang=en&dueFrom=" + dueOn + "&dueTo=" + dueOn));
            if (row.count() == 0) {
                officer.waitForTimeout(250);
            }
        }
        assertThat(row).containsText("First pre-financing (R-PAY-01)");
        assertThat(row).containsText("Due");
        assertThat(row).containsText(english.money(firstPrefinancing));
        assertThat(row).containsText(english.date(dueOn));
        Browsers.assertAccessible(officer);

        officer.locator("#dueBy").fill(dueOn.toString());
        Download download = officer.waitForDownload(() -> officer.locator("#credit-transfer button").click());
        byte[] xml = Files.readAllBytes(download.path());
        PaymentFixtures.validate(xml);
        org.assertj.core.api.Assertions.assertThat(new String(xml, StandardCharsets.UTF_8)).contains(firstPrefinancing.toPlainString());

        row.locator("input[name=bankReference]").fill("LVBANK-" + number);
        row.locator("input[name=paidOn]").fill(((LocalDate) agreement[2]).toString());   // paid early, the day it came into force
        row.locator("button[type=submit]").click();
        assertThat(officer.locator("#payment-done")).containsText("Payment recorded");

        coordinator.navigate(url("/projects/" + id + "/payments?lang=lv"));
        assertThat(coordinator.locator("#project-totals")).containsText("Saņemts");
        assertThat(coordinator.locator("#project-totals"))
                .containsText(Formats.in(Locale.forLanguageTag("lv")).money(firstPrefinancing));
        Browsers.assertAccessible(coordinator);
    }
}
