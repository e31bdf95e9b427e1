package eu.sadarbe.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.selection.SelectedProjects;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.selection.domain.UnknownApplication;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Grant agreements of a module test's own, without the demo data, for the module tests of grants and of the modules
 * after it: a {@link ModuleTestData} application submitted, consolidated with the grant it requests, selected with a
 * lower grant and its letter issued; the agreement prepared from the final selection (one pre-financing, R-PAY-01)
 * and accepted by the applicant, its coordinator's legal representative.
 */
public final class ModuleTestAgreements {

    private final ModuleTestData data;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final SelectionDesk selection;
    private final SelectedProjects selected;
    private final GrantDesk grants;
    private final InboxEntries inbox;

    /** With the use cases of the module test's context, which also publishes the consolidated assessment. */
    public ModuleTestAgreements(ModuleTestData data, ApplicationContext beans) {
        this.data = data;
        this.transaction = beans.getBean(TransactionTemplate.class);
        this.events = beans;
        this.selection = beans.getBean(SelectionDesk.class);
        this.selected = beans.getBean(SelectedProjects.class);
        this.grants = beans.getBean(GrantDesk.class);
        this.inbox = beans.getBean(InboxEntries.class);
    }

    /** The draft's agreement for the lower {@code granted}, signed by the beneficiary and waiting for the agency. */
    public GrantAgreement signedByTheBeneficiary(ModuleTestData.Draft draft, String granted, SignedInUser officer) {
        return signedByTheBeneficiary(draft, granted, officer, List.of(new BeneficiaryDetails(
                draft.applicantOid().value(), "LV80 BANK 0000 4351 9500 1", "HABALV22", "Anna Direktore")));
    }

    /**
     * The same with the details of every beneficiary (each school of a KA229 partnership has an agreement of its own):
     * the applicant's agreement.
     */
    public GrantAgreement signedByTheBeneficiary(ModuleTestData.Draft draft, String granted, SignedInUser officer,
                                                 List<BeneficiaryDetails> beneficiaries) {
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
        await().atMost(Duration.ofSeconds(30)).until(() -> candidateKnown(submission, officer));
        selection.override(submission.applicationId(), Outcome.SELECTED, new BigDecimal(granted), "Selected",
                "The module test's envelope", officer);
        selection.issueLetter(submission.applicationId(), officer);
        assertThat(selected.find(submission.applicationId())).isPresent();
        GrantAgreement prepared = grants.prepare(submission.applicationId(), PaymentScheme.ONE_PREFINANCING, "en",
                beneficiaries, officer).get(0);
        return grants.signByBeneficiary(prepared.id(), prepared.pdfSha256(), draft.applicant());
    }

    /** A new application's agreement for the lower {@code granted}, signed by the agency's officer too, so in force. */
    public GrantAgreement inForce(ModuleTestData.Draft draft, String granted, SignedInUser officer) {
        return grants.signByAgency(signedByTheBeneficiary(draft, granted, officer).id(), officer);
    }

    /** The applicant's agreement with the details of every beneficiary, in force. */
    public GrantAgreement inForce(ModuleTestData.Draft draft, String granted, SignedInUser officer,
                                  List<BeneficiaryDetails> beneficiaries) {
        return grants.signByAgency(signedByTheBeneficiary(draft, granted, officer, beneficiaries).id(), officer);
    }

    /** Whether selection has taken in the consolidated score. */
    private boolean candidateKnown(SubmissionSummary submission, SignedInUser officer) {
        try {
            selection.candidate(submission.applicationId(), officer);
            return true;
        } catch (UnknownApplication notYet) {
            return false;
        }
    }
}
