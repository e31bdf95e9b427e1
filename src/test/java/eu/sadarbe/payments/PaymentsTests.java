package eu.sadarbe.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.BankAccountChanged;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.payments.domain.OrderLine;
import eu.sadarbe.payments.domain.OrderState;
import eu.sadarbe.payments.domain.PaymentDesk;
import eu.sadarbe.payments.domain.PaymentOrderRepository;

/**
 * The listener turns the grants module's events into orders (R-PAY-01), reporting's use cases add the second
 * pre-financing (R-PAY-02) and the balance; the SEPA file validates against the official pain.001.001.03 schema; the
 * bank's statement marks orders paid, separated by commas or semicolons, with or without a byte order mark; a payment
 * made is published once. A module test of payments with its pages, on agreements of a new applicant's own drafts
 * ({@link OwnApplicant}), with an officer and an administrator of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@RecordApplicationEvents
class PaymentsTests {

    @Autowired MockMvc mvc;
    @Autowired DraftDesk drafting;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired PaymentDesk desk;
    @Autowired Payments payments;
    @Autowired PaymentOrderRepository repository;
    @Autowired ApplicationEvents recorded;
    @Autowired OrganisationRegistration registration;
    @Autowired CallRounds rounds;

    PaymentFixtures fixtures;
    OwnApplicant applicant;
    SignedInUser officer;

    @BeforeEach
    void fixtures() {
        fixtures = new PaymentFixtures(drafting, accounts, transaction, events, jdbc);
        applicant = OwnApplicant.register(accounts, registration);
        officer = person(Role.NA_OFFICER, "LV01");
    }

    /**
     * A report approved (or an interim one) before payments has heard of the agreement's entry into force — its
     * listener runs after the grants' transaction, on another thread or node — is refused with a reason in the
     * officer's language; it answered 500 (UnknownPayment), as the reporting API's tests found.
     */
    @Test
    void settlingAnAgreementPaymentsDoesNotKnowYetIsRefusedWithAReason() {
        eu.sadarbe.grants.GrantAgreementId unknown = new eu.sadarbe.grants.GrantAgreementId(UUID.randomUUID());
        assertThatThrownBy(() -> payments.finalGrantSettled(unknown, new BigDecimal("1000.00")))
                .isInstanceOfSatisfying(eu.sadarbe.payments.PaymentRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("payments.refused.notKnownYet"));
        assertThatThrownBy(() -> payments.interimReportApproved(unknown, new BigDecimal("1000.00")))
                .isInstanceOfSatisfying(eu.sadarbe.payments.PaymentRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("payments.refused.notKnownYet"));
    }

    @Test
    void theFirstPrefinancingIsDueThirtyDaysAfterEntryIntoForceAndAmendmentsAndAccountChangesFollow() {
        AgreementEnteredIntoForce entered = inForce(PaymentScheme.ONE_PREFINANCING,
                new BigDecimal("123456.79"), LocalDate.of(2019, 9, 2), "LV01");
        OrderLine first = repository.line(fixtures.order(entered.agreementId(), PaymentKind.FIRST_PREFINANCING))
                .orElseThrow();
        assertThat(first.amount()).isEqualByComparingTo("98765.43");
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2019, 10, 2));
        assertThat(first.state()).isEqualTo(OrderState.DUE);

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new AgreementAmended(entered.agreementId(), 2, "BUDGET", new BigDecimal("100000.00"),
                    entered.projectEnd(), java.time.Instant.now()));
            events.publishEvent(new BankAccountChanged(entered.agreementId(), "LV04UNLA0050012345678", "UNLALV2X",
                    java.time.Instant.now()));
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            OrderLine changed = repository.line(first.orderId()).orElseThrow();
            assertThat(changed.amount()).isEqualByComparingTo("80000.00");
            assertThat(changed.iban()).isEqualTo("LV04UNLA0050012345678");
        });

        // the same event again (republished) changes nothing
        transaction.executeWithoutResult(status -> events.publishEvent(entered));
        assertThat(repository.lines(entered.agreementId())).hasSize(1);
    }

    @Test
    void theInterimReportAndTheFinalGrantOrderTheRestAndAPaymentMadeIsPublishedOnce() {
        AgreementEnteredIntoForce entered = inForce(PaymentScheme.TWO_PREFINANCINGS_WITH_INTERIM_REPORT,
                new BigDecimal("100000.00"), LocalDate.of(2019, 9, 2), "LV01");
        UUID first = fixtures.order(entered.agreementId(), PaymentKind.FIRST_PREFINANCING);
        assertThatThrownBy(() -> payments.interimReportApproved(entered.agreementId(), new BigDecimal("30000")))
                .isInstanceOf(PaymentRefused.class).hasMessageContaining("R-PAY-02");

        recorded.clear();
        desk.markMade(first, LocalDate.of(2019, 10, 1), "LVBANK-1", officer);
        assertThat(recorded.stream(PaymentMade.class)).singleElement().satisfies(made -> {
            assertThat(made.amount()).isEqualByComparingTo("40000.00");
            assertThat(made.kind()).isEqualTo(PaymentKind.FIRST_PREFINANCING);
            assertThat(made.applicationId()).isEqualTo(entered.applicationId());
        });
        assertThatThrownBy(() -> desk.markMade(first, LocalDate.of(2019, 10, 1), "LVBANK-2",
                officer)).isInstanceOf(PaymentRefused.class);
        assertThat(recorded.stream(PaymentMade.class)).hasSize(1);

        UUID second = payments.interimReportApproved(entered.agreementId(), new BigDecimal("20000.00"));
        OrderLine reduced = repository.line(second).orElseThrow();
        assertThat(reduced.amount()).isEqualByComparingTo("20000.00");   // 40 000 − (40 000 − 20 000) unused
        assertThat(reduced.reduction()).isEqualByComparingTo("20000.00");
        desk.markMade(second, LocalDate.of(2020, 10, 1), "LVBANK-3", officer);

        UUID recovery = payments.finalGrantSettled(entered.agreementId(), new BigDecimal("50000.00")).orElseThrow();
        OrderLine back = repository.line(recovery).orElseThrow();
        assertThat(back.kind()).isEqualTo(PaymentKind.RECOVERY);
        assertThat(back.amount()).isEqualByComparingTo("10000.00");
        recorded.clear();
        desk.markMade(recovery, desk.today(), "LVBANK-4", officer);
        assertThat(recorded.stream(PaymentMade.class)).as("a recovery is money coming back").isEmpty();
        var totals = desk.project(entered.agreementId(), applicant.signedIn()).totals();
        assertThat(totals.paid()).isEqualByComparingTo("50000.00");
        assertThat(totals.reconcile()).isTrue();
    }

    @Test
    void theSepaFileOfTheOrdersDueValidatesAgainstTheOfficialSchema() throws Exception {
        AgreementEnteredIntoForce one = inForce(PaymentScheme.ONE_PREFINANCING, new BigDecimal("1234.56"),
                LocalDate.of(2015, 3, 2), "LV01");
        AgreementEnteredIntoForce two = inForce(PaymentScheme.PREFINANCING_IN_TWO_INSTALMENTS,
                new BigDecimal("99999.99"), LocalDate.of(2015, 3, 3), "LV01");
        MvcResult result = mvc.perform(get("/api/v1/agency/LV01/payments/credit-transfer")
                        .param("dueBy", "2015-04-30").with(user(officer)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        byte[] xml = result.getResponse().getContentAsByteArray();
        PaymentFixtures.validate(xml);

        Document document = parse(xml);
        List<OrderLine> due = repository.transfersDueBy("LV01", LocalDate.of(2015, 4, 30));
        assertThat(text(document, "NbOfTxs")).isEqualTo(Integer.toString(due.size()));
        assertThat(new BigDecimal(text(document, "CtrlSum"))).isEqualByComparingTo(
                due.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(text(document, "CtrlSum")).matches("\\d+\\.\\d{2}");
        String body = new String(xml, StandardCharsets.UTF_8);
        assertThat(body).contains(fixtures.order(one.agreementId(), PaymentKind.FIRST_PREFINANCING).toString()
                        .replace("-", ""))
                .contains("<InstdAmt Ccy=\"EUR\">987.65</InstdAmt>")
                .contains("<InstdAmt Ccy=\"EUR\">40000.00</InstdAmt>")   // first instalment of 99 999.99
                .contains("Rigas Valsts tehnikums")                         // Latvian letters transliterated
                .contains("<IBAN>LV98TREL9230000000001</IBAN>")
                .doesNotContain(fixtures.order(two.agreementId(), PaymentKind.SECOND_PREFINANCING).toString()
                        .replace("-", ""));                                  // due only at the project's mid-point
        assertThat(text(document, "MsgId")).hasSizeLessThanOrEqualTo(35);

        assertThat(mvc.perform(get("/api/v1/agency/LV01/payments/credit-transfer").param("dueBy", "1990-01-01")
                .with(user(officer))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theSchemaCopyInTheTestResourcesIsTheSharedStandardUnchanged() throws Exception {
        Path shared = Path.of("../shared/standards/iso20022/pain.001.001.03.xsd");
        if (Files.exists(shared)) {
            try (var copy = PaymentsTests.class.getResourceAsStream("/standards/iso20022/pain.001.001.03.xsd")) {
                assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
            }
        }
    }

    @Test
    void theBankStatementMarksOrdersPaidWithCommasSemicolonsAndAByteOrderMark() throws Exception {
        AgreementEnteredIntoForce a = inForce(PaymentScheme.ONE_PREFINANCING, new BigDecimal("1000.00"),
                LocalDate.of(2019, 5, 6), "LV01");
        AgreementEnteredIntoForce b = inForce(PaymentScheme.ONE_PREFINANCING, new BigDecimal("2000.00"),
                LocalDate.of(2019, 5, 6), "LV01");
        AgreementEnteredIntoForce c = inForce(PaymentScheme.ONE_PREFINANCING, new BigDecimal("3000.00"),
                LocalDate.of(2019, 5, 6), "LV01");
        String refA = fixtures.order(a.agreementId(), PaymentKind.FIRST_PREFINANCING).toString().replace("-", "");
        UUID orderB = fixtures.order(b.agreementId(), PaymentKind.FIRST_PREFINANCING);
        UUID orderC = fixtures.order(c.agreementId(), PaymentKind.FIRST_PREFINANCING);

        // commas: one good row and one with a wrong amount and an unknown reference → nothing recorded
        String commas = "reference,date,amount,bank_reference\n" + refA + ",2019-06-01,800.00,ST-1\n"
                + "0000000000000000000000000000beef,2019-06-01,\"1600,00\",ST-2\n";
        MvcResult refused = upload(commas.getBytes(StandardCharsets.UTF_8), false);
        assertThat(refused.getFlashMap().get("statement")).hasToString(
                "StatementView[separatorKey=payments.import.comma, byteOrderMark=false, rows=2, marked=0, "
                        + "errors={3=[No payment order of your agency has the reference \"0000000000000000000000000000beef\".]}]");
        assertThat(repository.line(fixtures.order(a.agreementId(), PaymentKind.FIRST_PREFINANCING)).orElseThrow()
                .state()).isEqualTo(OrderState.DUE);
        // the same with "only the valid rows" records the good one
        MvcResult partly = upload(commas.getBytes(StandardCharsets.UTF_8), true);
        assertThat(partly.getFlashMap().get("statement").toString()).contains("marked=1");

        // semicolons, a byte order mark, Latvian dates and decimal commas
        String semicolons = "\uFEFFreference;date;amount;bank_reference\n" + orderB + ";03.06.2019;1600,00;ST-3\n"
                + orderC.toString().replace("-", "") + ";2019-06-03;2400.00;ST-4\n";
        MvcResult both = upload(semicolons.getBytes(StandardCharsets.UTF_8), false);
        assertThat(both.getFlashMap().get("statement")).hasToString(
                "StatementView[separatorKey=payments.import.semicolon, byteOrderMark=true, rows=2, marked=2, errors={}]");
        OrderLine paid = repository.line(orderB).orElseThrow();
        assertThat(paid.state()).isEqualTo(OrderState.MADE);
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2019, 6, 3));
        assertThat(paid.bankReference()).isEqualTo("ST-3");

        // the same statement again: each row is paid already
        MvcResult again = upload(semicolons.getBytes(StandardCharsets.UTF_8), false);
        assertThat(again.getFlashMap().get("statement").toString()).contains("marked=0")
                .contains("is not due: it was paid or cancelled");
    }

    @Test
    void administratorsKeepTheAgencysDebtorAccountCheckedWithIban4j() throws Exception {
        SignedInUser admin = person(Role.ADMIN, null);
        MvcResult wrong = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/admin/payments/accounts").param("agencyCode", "LV02")
                        .param("iban", "LV71TREL9230000000003").param("bic", "TREL")
                        .with(SecurityMockMvcRequestPostProcessors.csrf()).with(user(admin)))
                .andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(wrong.getResponse().getContentAsString()).contains("Enter a valid IBAN").contains("Enter a valid BIC");
        assertThat(jdbc.sql("SELECT iban FROM payment_debtor_account WHERE agency_code = 'LV02'").query(String.class)
                .single()).isEqualTo("LV71TREL9230000000002");
        try {
            MvcResult saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/admin/payments/accounts").param("agencyCode", "LV02")
                            .param("iban", "lv04 unla 0050 0123 4567 8").param("bic", "unlalv2x")
                            .with(SecurityMockMvcRequestPostProcessors.csrf()).with(user(admin)))
                    .andReturn();
            assertThat(saved.getResponse().getStatus()).isEqualTo(302);
            assertThat(jdbc.sql("SELECT iban || ' ' || bic FROM payment_debtor_account WHERE agency_code = 'LV02'")
                    .query(String.class).single()).isEqualTo("LV04UNLA0050012345678 UNLALV2X");
        } finally {
            jdbc.sql("UPDATE payment_debtor_account SET iban = 'LV71TREL9230000000002', bic = 'TRELLV22' "
                    + "WHERE agency_code = 'LV02'").update();
        }
    }

    /** An agreement in force of a new draft of the test's applicant, its orders made. */
    private AgreementEnteredIntoForce inForce(PaymentScheme scheme, BigDecimal awarded, LocalDate on, String agency) {
        return fixtures.inForce(applicant.draft(drafting, rounds, "Payments " + UUID.randomUUID()).id(), scheme,
                awarded, on, agency);
    }

    /** A new account of the test's own with the role, signed in in English. */
    private SignedInUser person(Role role, @Nullable String agency) {
        return ModuleTestData.signedIn(accounts.open(role.name().toLowerCase() + "-" + UUID.randomUUID()
                + "@example.lv", "Modulu Finansiste", "dzeltena laiva kalnā zied", Set.of(role), agency));
    }

    private MvcResult upload(byte[] csv, boolean onlyValidRows) throws Exception {
        return mvc.perform(multipart("/agency/payments/statement")
                        .file(new MockMultipartFile("file", "statement.csv", "text/csv", csv))
                        .param("onlyValidRows", Boolean.toString(onlyValidRows))
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .with(user(officer)))
                .andReturn();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document document, String element) {
        return document.getElementsByTagNameNS("*", element).item(0).getTextContent();
    }
}
