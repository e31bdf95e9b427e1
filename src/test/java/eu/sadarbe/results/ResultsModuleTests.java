package eu.sadarbe.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentMade;
import eu.sadarbe.results.domain.ResultsRepository;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * The results module with all it depends on (selection, grants, payments, reporting and the modules before them), no
 * demo data, and Spring Modulith's {@link Scenario}: a selection (R-AWD-05) publishes the project with the public parts
 * of its submitted application, a decision revised to the reserve list withdraws it, and a payment made is a public
 * disbursement, a recovery a negative one. A module test (issue #14, item 8), on submissions of its own
 * ({@link ModuleTestData}). With MockMvc, though it sends no request, so that it shares its context with
 * {@code ResultsTests}, the results module's page tests.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class ResultsModuleTests {

    @Autowired BeanFactory beans;
    @Autowired ResultsRepository results;

    ModuleTestData data;
    SignedInUser officer;

    @BeforeEach
    void anOfficerOfLv01() {
        data = new ModuleTestData("results", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
    }

    @Test
    void aSelectedApplicationIsPublishedWithItsTitleConsortiumAndTheGrantOfRAwd05(Scenario scenario) {
        ModuleTestData.Draft draft = data.draft("Zaļās prasmes rezultātiem");
        SubmissionSummary submission = data.submit(draft);

        scenario.publish(selected(submission, "95000.00"))
                .andWaitForStateChange(() -> results.find(submission.applicationNumber()), Optional::isPresent)
                .andVerify(published -> {
                    PublicProject project = published.orElseThrow();
                    assertThat(project.title()).isEqualTo("Zaļās prasmes rezultātiem");
                    assertThat(project.grantedAmount()).as("the grant selection decided (R-AWD-05)")
                            .isEqualByComparingTo("95000.00");
                    assertThat(project.actionType()).isEqualTo("KA202");
                    assertThat(project.agencyCode()).isEqualTo("LV01");
                    assertThat(project.coordinatorCountry()).isEqualTo("LV");
                    assertThat(project.plannedStart()).isNotNull();
                    assertThat(results.members(draft.id().value())).anySatisfy(member -> {
                        assertThat(member.organisationId()).isEqualTo(draft.applicantOid().value());
                        assertThat(member.coordinator()).isTrue();
                    });
                });
    }

    @Test
    void aDecisionRevisedToTheReserveListWithdrawsThePublishedProject(Scenario scenario) {
        SubmissionSummary submission = data.submitted("Rezerves saraksts");
        scenario.publish(selected(submission, "60000.00"))
                .andWaitForStateChange(() -> results.find(submission.applicationNumber()), Optional::isPresent);

        scenario.publish(new ApplicationPlacedOnReserve(submission.applicationId(), submission.applicationNumber(),
                        ranking(submission), 1, officer.id().value(), Instant.now()))
                .andWaitForStateChange(() -> results.find(submission.applicationNumber()), Optional::isEmpty)
                .andVerify(withdrawn -> assertThat(results.members(submission.applicationId().value())).isEmpty());
    }

    @Test
    void aPaymentMadeIsADisbursementAndARecoveryANegativeOne(Scenario scenario) {
        SubmissionSummary submission = data.submitted("Izmaksas");
        scenario.publish(selected(submission, "50000.00"))
                .andWaitForStateChange(() -> results.find(submission.applicationNumber()), Optional::isPresent);
        GrantAgreementId agreement = new GrantAgreementId(UUID.randomUUID());

        scenario.publish(paid(submission, agreement, PaymentKind.FIRST_PREFINANCING, "40000.00", LocalDate.of(2018, 10, 1)))
                .andWaitForStateChange(() -> results.disbursements(submission.applicationId().value()),
                        disbursements -> disbursements.size() == 1);
        scenario.publish(paid(submission, agreement, PaymentKind.RECOVERY, "2500.00", LocalDate.of(2020, 11, 2)))
                .andWaitForStateChange(() -> results.disbursements(submission.applicationId().value()),
                        disbursements -> disbursements.size() == 2)
                .andVerify(disbursements -> {
                    assertThat(disbursements.get(0).kind()).isEqualTo("FIRST_PREFINANCING");
                    assertThat(disbursements.get(0).amount()).isEqualByComparingTo("40000.00");
                    assertThat(disbursements.get(1).kind()).isEqualTo("RECOVERY");
                    assertThat(disbursements.get(1).amount()).as("money coming back")
                            .isEqualByComparingTo("-2500.00");
                });
    }

    private ApplicationSelected selected(SubmissionSummary submission, String granted) {
        return new ApplicationSelected(submission.applicationId(), submission.applicationNumber(), ranking(submission),
                new BigDecimal(granted), officer.id().value(), Instant.now());
    }

    private static RankingKey ranking(SubmissionSummary submission) {
        return new RankingKey(submission.nationalAgencyCode(), submission.callYear(), submission.roundNumber(),
                submission.actionType());
    }

    private static PaymentMade paid(SubmissionSummary submission, GrantAgreementId agreement, PaymentKind kind,
                                    String amount, LocalDate on) {
        return new PaymentMade(UUID.randomUUID(), agreement, submission.applicationId(),
                submission.applicationNumber(), submission.nationalAgencyCode(), kind, new BigDecimal(amount), on);
    }
}
