package eu.sadarbe.payments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.web.Formats;

/**
 * VIAA's officer finds the first pre-financing due with its date and amount (R-PAY-01), downloads the SEPA file
 * (valid against pain.001.001.03) and marks the payment made; the coordinator sees it received. In English and
 * Latvian; axe finds no barrier at 1280 and 375 px.
 */
@SadarbeTest
class PaymentsBrowserTests extends BrowserTest {

    @Autowired DraftDesk drafting;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;

    PaymentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PaymentFixtures(drafting, accounts, transaction, events, jdbc);
    }

    @ParameterizedTest
    @CsvSource({"en, 'First pre-financing (R-PAY-01)', Due, 'Payment recorded', '€9,876.54', Received",
            "lv, 'Pirmais priekšfinansējums (R-PAY-01)', Izmaksājams, 'Maksājums reģistrēts', '9 876,54', Saņemts"})
    void theOfficerPaysTheFirstPrefinancing(String language, String kind, String due, String recorded, String amount,
                                            String received) throws Exception {
        LocalDate inForce = LocalDate.of(2016, 1, 4).plusDays(ThreadLocalRandom.current().nextInt(300));
        AgreementEnteredIntoForce agreement = fixtures.inForce(PaymentScheme.ONE_PREFINANCING,
                new BigDecimal("12345.67"), inForce, "LV01");
        LocalDate dueOn = inForce.plusDays(30);
        try (BrowserContext context = newContext(language)) {
            Page page = context.newPage();
            page.setViewportSize(1280, 900);
            signIn(page, PaymentFixtures.ILZE);
            page.navigate(url("/agency/payments?lang=" + language));
            page.locator("#dueFrom").fill(dueOn.toString());
            page.locator("#dueTo").fill(dueOn.toString());
            page.locator("#filters button[type=submit]").click();
            Locator row = page.locator(".sadarbe-payments tr", new Page.LocatorOptions()
                    .setHasText(agreement.agreementNumber()));
            assertThat(row).containsText(kind);
            assertThat(row).containsText(due);
            assertThat(row).containsText(amount);
            assertThat(row).containsText(Formats.in(Locale.forLanguageTag(language)).date(dueOn));
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);
            page.setViewportSize(1280, 900);

            page.locator("#dueBy").fill(dueOn.toString());
            Download download = page.waitForDownload(() -> page.locator("#credit-transfer button").click());
            byte[] xml = Files.readAllBytes(download.path());
            PaymentFixtures.validate(xml);
            assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
                    .contains(fixtures.order(agreement.agreementId(), PaymentKind.FIRST_PREFINANCING).toString()
                            .replace("-", ""));

            row.locator("input[name=bankReference]").fill("LVBANK-" + language);
            row.locator("input[name=paidOn]").fill(dueOn.toString());
            row.locator("button[type=submit]").click();
            assertThat(page.locator("#payment-done")).containsText(recorded);
            Browsers.assertAccessible(page);

            page.navigate(url("/projects/" + agreement.agreementId() + "/payments?lang=" + language));
            assertThat(page.locator("#project-totals")).containsText(received);
            assertThat(page.locator("#project-totals")).containsText(amount);
            Browsers.assertAccessible(page);
            page.setViewportSize(375, 800);
            Browsers.assertAccessible(page);
        }
    }
}
