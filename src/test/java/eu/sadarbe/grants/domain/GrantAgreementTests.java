package eu.sadarbe.grants.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.BankAccountChanged;
import eu.sadarbe.grants.PaymentScheme;

/** The agreement guards its states: beneficiary first, agency last; amendments only in force; R-BUD-01. */
class GrantAgreementTests {

    static final Instant PREPARED = Instant.parse("2020-08-01T08:00:00Z");
    static final AmendmentLimits LIMITS = new AmendmentLimits(24, new BigDecimal("0.2"), false);
    static final BankAccount ACCOUNT = BankAccount.of("LV80 BANK 0000 4351 9500 1", "HABALV22");

    static GrantAgreement prepared() {
        return prepared("en");
    }

    static GrantAgreement prepared(String language) {
        Map<BudgetCategory, BigDecimal> amounts = new EnumMap<>(BudgetCategory.class);
        amounts.put(BudgetCategory.PROJECT_MANAGEMENT, new BigDecimal("12000"));
        amounts.put(BudgetCategory.TRANSNATIONAL_MEETINGS, new BigDecimal("5750"));
        Preparation preparation = new Preparation("2020-1-LV01-KA202-000001", new ApplicationId(UUID.randomUUID()),
                "2020-1-LV01-KA202-000001", "LV01", "KA202", 2020, 1, "Green skills", language,
                new Party("E10000001", "Rīgas Tehnikums", "LV", false),
                List.of(new Party("E10000002", "Tallinn VET", "EE", true)), LocalDate.of(2020, 9, 1), 24, amounts,
                PaymentScheme.ONE_PREFINANCING, ACCOUNT, "Anna Bērziņa");
        GrantAgreement agreement = GrantAgreement.prepare(preparation, "ilze@agency", PREPARED);
        agreement.documentIssued("abc");
        return agreement;
    }

    static GrantAgreement inForce() {
        GrantAgreement agreement = prepared();
        agreement.signByBeneficiary(Signature.Method.ACCEPTANCE, "Anna", "anna@school", "abc", PREPARED.plusSeconds(60));
        agreement.signByAgency("Ilze", "ilze@agency", Instant.parse("2020-08-31T22:30:00Z"));
        agreement.takeEvents();
        return agreement;
    }

    @Test
    void preparedAgreementEndsAfterTheAwardedDurationAndTotalsItsCategories() {
        GrantAgreement agreement = prepared();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.AWAITING_BENEFICIARY);
        assertThat(agreement.current().projectEnd()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(agreement.current().total()).isEqualByComparingTo("17750");
        assertThat(agreement.audit()).extracting(AuditEntry::action).containsExactly("prepared");
    }

    @Test
    void theAgencyCannotSignBeforeTheBeneficiary() {
        GrantAgreement agreement = prepared();
        assertThatThrownBy(() -> agreement.signByAgency("Ilze", "ilze@agency", PREPARED))
                .isInstanceOfSatisfying(GrantRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("grants.refused.beneficiaryFirst"));
        assertThat(agreement.takeEvents()).isEmpty();
    }

    @Test
    void theBeneficiaryAcceptsOnlyTheExactDocument() {
        GrantAgreement agreement = prepared();
        assertThatThrownBy(() -> agreement.signByBeneficiary(Signature.Method.ACCEPTANCE, "Anna", "anna@school",
                "other", PREPARED)).isInstanceOf(GrantRefused.class);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.AWAITING_BENEFICIARY);
    }

    @Test
    void theAgencysSignatureIsLastAndPutsTheAgreementInForceOnTheBrusselsDay() {
        GrantAgreement agreement = prepared();
        agreement.signByBeneficiary(Signature.Method.QUALIFIED_UPLOAD, "Anna", "anna@school", "def", PREPARED);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.AWAITING_AGENCY);
        agreement.signByAgency("Ilze", "ilze@agency", Instant.parse("2020-08-31T22:30:00Z"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.enteredIntoForceOn()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(agreement.takeEvents()).singleElement().isInstanceOfSatisfying(AgreementEnteredIntoForce.class,
                event -> {
                    assertThat(event.awardedTotal()).isEqualByComparingTo("17750");
                    assertThat(event.iban()).isEqualTo("LV80BANK0000435195001");
                    assertThat(event.enteredIntoForceOn()).isEqualTo(LocalDate.of(2020, 9, 1));
                });
        assertThatThrownBy(() -> agreement.signByAgency("Ilze", "ilze@agency", PREPARED))
                .isInstanceOf(GrantRefused.class);
    }

    @Test
    void noAmendmentBeforeTheAgreementIsInForce() {
        GrantAgreement agreement = prepared();
        assertThatThrownBy(() -> agreement.requestAmendment(
                new AmendmentRequest.EndDateExtended(LocalDate.of(2022, 10, 31)), LIMITS, List.of(), "anna", PREPARED))
                .isInstanceOfSatisfying(GrantRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("grants.refused.notInForce"));
    }

    @Test
    void aTransferNeverGoesIntoACategoryWithNothingAwarded() {
        GrantAgreement agreement = inForce();
        assertThatThrownBy(() -> agreement.requestAmendment(new AmendmentRequest.BudgetTransfer(
                        BudgetCategory.PROJECT_MANAGEMENT, BudgetCategory.MULTIPLIER_EVENTS, new BigDecimal("100")),
                LIMITS, List.of(), "anna", PREPARED))
                .isInstanceOfSatisfying(GrantRefused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo("R-BUD-01");
                    assertThat(refused.messageKey()).isEqualTo("grants.refused.transferIntoNothing");
                });
    }

    @Test
    void aTransferStaysWithinTheLimitShareOfTheCategoryItLeaves() {
        GrantAgreement agreement = inForce();
        assertThatThrownBy(() -> agreement.requestAmendment(new AmendmentRequest.BudgetTransfer(
                        BudgetCategory.PROJECT_MANAGEMENT, BudgetCategory.TRANSNATIONAL_MEETINGS,
                        new BigDecimal("2400.01")), LIMITS, List.of(), "anna", PREPARED))
                .isInstanceOfSatisfying(GrantRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("grants.refused.transferLimit"));
        Amendment amendment = agreement.requestAmendment(new AmendmentRequest.BudgetTransfer(
                        BudgetCategory.PROJECT_MANAGEMENT, BudgetCategory.TRANSNATIONAL_MEETINGS,
                        new BigDecimal("2400")), LIMITS, List.of(), "anna", PREPARED);
        assertThat(amendment.proposed().total()).isEqualByComparingTo("17750");
        assertThat(amendment.proposed().amount(BudgetCategory.PROJECT_MANAGEMENT)).isEqualByComparingTo("9600");
    }

    @Test
    void anAmendmentIsApprovedOnlyAfterTheBeneficiarySignedItAndThenBecomesTheNextVersion() {
        GrantAgreement agreement = inForce();
        Amendment amendment = agreement.requestAmendment(new AmendmentRequest.PartnerJoins(
                new Party("E10000003", "Vilnius school", "LT", true)), LIMITS, List.of(), "anna", PREPARED);
        agreement.amendmentDocumentIssued(amendment.version(), "pdf2");
        assertThatThrownBy(() -> agreement.approveAmendment(2, "Ilze", "ilze", PREPARED))
                .isInstanceOf(GrantRefused.class);
        assertThatThrownBy(() -> agreement.requestAmendment(new AmendmentRequest.EndDateExtended(
                LocalDate.of(2022, 9, 30)), LIMITS, List.of(), "anna", PREPARED))
                .isInstanceOfSatisfying(GrantRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("grants.refused.amendmentOpen"));
        agreement.signAmendmentByBeneficiary(2, Signature.Method.ACCEPTANCE, "Anna", "anna", "pdf2", PREPARED);
        agreement.approveAmendment(2, "Ilze", "ilze", PREPARED);
        assertThat(agreement.versions()).hasSize(2);
        assertThat(agreement.current().partners()).extracting(Party::organisationId)
                .containsExactly("E10000002", "E10000003");
        assertThat(agreement.takeEvents()).singleElement().isInstanceOfSatisfying(AgreementAmended.class,
                event -> assertThat(event.version()).isEqualTo(2));
    }

    @Test
    void aPartnerJoinsOnlyWithItsMandate() {
        GrantAgreement agreement = inForce();
        assertThatThrownBy(() -> agreement.requestAmendment(new AmendmentRequest.PartnerJoins(
                new Party("E10000003", "Vilnius school", "LT", false)), LIMITS, List.of(), "anna", PREPARED))
                .isInstanceOfSatisfying(GrantRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("grants.refused.mandate"));
    }

    @Test
    void anExtensionStaysWithinTheMaximumDurationAndCostsNothing() {
        GrantAgreement agreement = inForce();
        assertThatThrownBy(() -> agreement.requestAmendment(new AmendmentRequest.EndDateExtended(
                LocalDate.of(2022, 9, 1)), LIMITS, List.of(), "anna", PREPARED))
                .isInstanceOfSatisfying(GrantRefused.class, refused -> assertThat(refused.rule()).isEqualTo("R-ELIG-06"));
        AmendmentLimits longer = new AmendmentLimits(36, new BigDecimal("0.2"), false);
        Amendment amendment = agreement.requestAmendment(new AmendmentRequest.EndDateExtended(
                LocalDate.of(2023, 2, 28)), longer, List.of(), "anna", PREPARED);
        assertThat(amendment.proposed().total()).isEqualByComparingTo(agreement.current().total());
    }

    @Test
    void aBankAccountChangeIsAnnouncedWhenApproved() {
        GrantAgreement agreement = inForce();
        agreement.requestAmendment(new AmendmentRequest.BankAccountChange(
                BankAccount.of("LV97HABA0012345678910", "HABALV22")), LIMITS, List.of(), "anna", PREPARED);
        agreement.amendmentDocumentIssued(2, "pdf2");
        agreement.signAmendmentByBeneficiary(2, Signature.Method.ACCEPTANCE, "Anna", "anna", "pdf2", PREPARED);
        agreement.approveAmendment(2, "Ilze", "ilze", PREPARED);
        assertThat(agreement.takeEvents()).hasSize(2).last().isInstanceOf(BankAccountChanged.class);
    }

    @Test
    void aWrongIbanOrBicIsRefused() {
        assertThatThrownBy(() -> BankAccount.of("LV80BANK0000435195002", "HABALV22"))
                .isInstanceOfSatisfying(GrantRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("grants.refused.iban"));
        assertThatThrownBy(() -> BankAccount.of("LV80BANK0000435195001", "HA1"))
                .isInstanceOfSatisfying(GrantRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("grants.refused.bic"));
    }

    @Test
    void reducedGrantsAreScaledToTheCentAcrossCategories() {
        Map<BudgetCategory, BigDecimal> requested = new EnumMap<>(BudgetCategory.class);
        requested.put(BudgetCategory.PROJECT_MANAGEMENT, new BigDecimal("10000"));
        requested.put(BudgetCategory.TRANSNATIONAL_MEETINGS, new BigDecimal("3333.33"));
        Map<BudgetCategory, BigDecimal> awarded = AwardedAmounts.scaled(requested, new BigDecimal("10000.01"));
        assertThat(awarded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("10000.01");
        assertThat(awarded.get(BudgetCategory.MULTIPLIER_EVENTS)).isEqualByComparingTo("0");
    }
}
