package eu.sadarbe.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.grants.domain.AgreementStatus;
import eu.sadarbe.grants.domain.Amendment;
import eu.sadarbe.grants.domain.AmendmentRequest;
import eu.sadarbe.grants.domain.BankAccount;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.shared.OrganisationType;
import eu.sadarbe.submission.SettableClock;

/**
 * The grants module with all it depends on (selection, assessment and their dependencies), no demo data, and Spring
 * Modulith's {@link Scenario} for the grant agreement's events, which payments listen to: the agency's signature
 * brings a prepared agreement into force, and an approved amendment announces itself and a new bank account. A
 * module test (issue #14, item 8), on final selections of its own ({@link ModuleTestData},
 * {@link ModuleTestAgreements}). With MockMvc, though it sends no request, so that it shares its context with the
 * grants module's page tests.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class GrantsModuleTests {

    @Autowired ApplicationContext beans;
    @Autowired GrantDesk grants;

    ModuleTestData data;
    ModuleTestAgreements agreements;
    SignedInUser officer;

    @BeforeEach
    void anOfficerOfLv01() {
        data = new ModuleTestData("grants", beans);
        agreements = new ModuleTestAgreements(data, beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
    }

    @Test
    void theAgencysSignatureBringsTheAgreementIntoForceWithTheDecidedGrant(Scenario scenario) {
        ModuleTestData.Draft draft = data.draft("Into force");
        GrantAgreement signed = agreements.signedByTheBeneficiary(draft, "30000.00", officer);
        scenario.stimulate(() -> grants.signByAgency(signed.id(), officer))
                .andWaitForEventOfType(AgreementEnteredIntoForce.class)
                .matching(inForce -> inForce.agreementId().equals(signed.id()))
                .toArriveAndVerify((inForce, agreement) -> {
                    assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
                    assertThat(inForce.applicationId()).isEqualTo(draft.id());
                    assertThat(inForce.beneficiaryOrganisationId()).isEqualTo(draft.applicantOid().value());
                    assertThat(inForce.awardedTotal()).as("the grant selection decided (R-AWD-05)")
                            .isEqualByComparingTo("30000.00");
                    assertThat(inForce.scheme()).as("R-PAY-01").isEqualTo(PaymentScheme.ONE_PREFINANCING);
                    assertThat(inForce.iban()).isEqualTo("LV80BANK0000435195001");
                });
    }

    @Test
    void anApprovedAmendmentAnnouncesTheNewBankAccount(Scenario scenario) {
        ModuleTestData.Draft draft = data.draft("New bank account");
        GrantAgreement inForce = agreements.inForce(draft, "25000.00", officer);
        Amendment amendment = grants.requestAmendment(inForce.id(), new AmendmentRequest.BankAccountChange(
                        BankAccount.of("LV97 HABA 0012 3456 7891 0", "HABALV22")), OrganisationType.VET_PROVIDER,
                draft.applicant(), Locale.ENGLISH);
        grants.signAmendment(inForce.id(), amendment.version(), amendment.pdfSha256(), draft.applicant());
        scenario.stimulate(() -> grants.approveAmendment(inForce.id(), amendment.version(), officer))
                .andWaitForEventOfType(BankAccountChanged.class)
                .matching(changed -> changed.agreementId().equals(inForce.id()))
                .toArriveAndVerify((changed, amended) -> {
                    assertThat(changed.iban()).isEqualTo("LV97HABA0012345678910");
                    assertThat(changed.bic()).isEqualTo("HABALV22");
                    assertThat(amended.versions()).hasSize(2);
                });
    }
}
