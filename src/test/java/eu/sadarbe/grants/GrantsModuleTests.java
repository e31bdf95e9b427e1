package eu.sadarbe.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.grants.domain.AgreementStatus;
import eu.sadarbe.grants.domain.Amendment;
import eu.sadarbe.grants.domain.AmendmentRequest;
import eu.sadarbe.grants.domain.BankAccount;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.selection.SelectedProjects;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.selection.domain.UnknownApplication;
import eu.sadarbe.shared.OrganisationType;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * The grants module with all it depends on (selection, assessment and their dependencies), no demo data, and Spring
 * Modulith's {@link Scenario} for the grant agreement's events, which payments listen to: the agency's signature
 * brings a prepared agreement into force, and an approved amendment announces itself and a new bank account. A
 * module test (issue #14, item 8), on final selections of its own ({@link ModuleTestData}). With MockMvc, though it
 * sends no request, so that it shares its context with the grants module's page tests.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class GrantsModuleTests {

    @Autowired BeanFactory beans;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired SelectionDesk selection;
    @Autowired SelectedProjects selected;
    @Autowired GrantDesk grants;
    @Autowired InboxEntries inbox;

    ModuleTestData data;
    SignedInUser officer;

    @BeforeEach
    void anOfficerOfLv01() {
        data = new ModuleTestData("grants", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
    }

    @Test
    void theAgencysSignatureBringsTheAgreementIntoForceWithTheDecidedGrant(Scenario scenario) {
        ModuleTestData.Draft draft = data.draft("Into force");
        GrantAgreement signed = signedByTheBeneficiary(draft, "30000.00");
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
        GrantAgreement inForce = grants.signByAgency(signedByTheBeneficiary(draft, "25000.00").id(), officer);
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

    /**
     * The application submitted, consolidated with the grant it requests, selected with the lower {@code granted}
     * and its letter issued; the agreement
     * prepared from the final selection and accepted by the applicant, its coordinator's legal representative.
     */
    private GrantAgreement signedByTheBeneficiary(ModuleTestData.Draft draft, String granted) {
        SubmissionSummary submission = data.submit(draft);
        BigDecimal requested = await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox.find(submission.applicationId()), Optional::isPresent).orElseThrow().requestedGrant();
        assertThat(requested).as("the grant is reduced").isGreaterThan(new BigDecimal(granted));
        AssessmentCompleted consolidated = new AssessmentCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(),
                List.of(new CriterionScore("relevance", 26, 30, List.of()),
                        new CriterionScore("design", 16, 20, List.of()),
                        new CriterionScore("team", 16, 20, List.of()),
                        new CriterionScore("impact", 24, 30, List.of())),
                82, true, requested, null, officer.id().value(), Instant.now(), null);
        transaction.executeWithoutResult(status -> events.publishEvent(consolidated));
        await().atMost(Duration.ofSeconds(30)).until(() -> candidateKnown(submission));
        selection.override(submission.applicationId(), Outcome.SELECTED, new BigDecimal(granted), "Selected",
                "The module test's envelope", officer);
        selection.issueLetter(submission.applicationId(), officer);
        assertThat(selected.find(submission.applicationId())).isPresent();
        GrantAgreement prepared = grants.prepare(submission.applicationId(), PaymentScheme.ONE_PREFINANCING, "en",
                List.of(new BeneficiaryDetails(draft.applicantOid().value(), "LV80 BANK 0000 4351 9500 1",
                        "HABALV22", "Anna Direktore")), officer).get(0);
        return grants.signByBeneficiary(prepared.id(), prepared.pdfSha256(), draft.applicant());
    }

    /** Whether selection has taken in the consolidated score. */
    private boolean candidateKnown(SubmissionSummary submission) {
        try {
            selection.candidate(submission.applicationId(), officer);
            return true;
        } catch (UnknownApplication notYet) {
            return false;
        }
    }
}
