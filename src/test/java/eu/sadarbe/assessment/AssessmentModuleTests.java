package eu.sadarbe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import eu.sadarbe.accounts.AccountErased;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.ExpertAppointed;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Expert;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.inbox.FormalCheckDecision;
import eu.sadarbe.assessment.inbox.FormalChecks;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.assessment.inbox.InboxEntry;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * The assessment module with only what it depends on (submission, applications, eligibility, budget, calls,
 * organisations, accounts, shared, web), no demo data, and Spring Modulith's {@link Scenario} for its events: a
 * submission enters the agency's inbox, the officer's formal check is announced, an eligible application becomes
 * assessable, a consolidated score marks it assessed, and the pool of experts follows their appointment and
 * erasure. A module test (issue #14, item 8), on applications of its own ({@link ModuleTestData}). With MockMvc,
 * though it sends no request, so that it shares its context with the assessment module's page tests.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class AssessmentModuleTests {

    @Autowired BeanFactory beans;
    @Autowired AccountRegister accounts;
    @Autowired InboxEntries inbox;
    @Autowired FormalChecks formalChecks;
    @Autowired AssessableApplications assessable;
    @Autowired ExpertPool pool;

    ModuleTestData data;
    SignedInUser officer;

    @BeforeEach
    void anOfficerOfLv01() {
        data = new ModuleTestData("assessment", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
    }

    @Test
    void aSubmittedApplicationEntersItsAgencysInbox(Scenario scenario) {
        ModuleTestData.Draft draft = data.draft("Into the inbox");
        scenario.stimulate(() -> data.submit(draft))
                .andWaitForStateChange(() -> inbox.find(draft.id()), Optional::isPresent)
                .andVerify((entry, submission) -> {
                    assertThat(entry.orElseThrow().submissionId()).isEqualTo(submission.id());
                    assertThat(entry.orElseThrow().nationalAgencyCode()).isEqualTo("LV01");
                    assertThat(entry.orElseThrow().status()).isEqualTo(BackOfficeStatus.SUBMITTED);
                });
    }

    @Test
    void theOfficersFormalCheckAnnouncesTheRulesAnIneligibleApplicationBreaks(Scenario scenario) {
        SubmissionSummary submission = inTheInbox(data.submitted("Formally checked"));
        scenario.stimulate(() -> formalChecks.record(submission.applicationId(),
                        new FormalCheckDecision(false, "The partners' mandates are missing", List.of("R-ELIG-10")),
                        officer))
                .andWaitForEventOfType(FormalCheckCompleted.class)
                .matching(check -> check.applicationId().equals(submission.applicationId()))
                .toArriveAndVerify(check -> {
                    assertThat(check.eligible()).isFalse();
                    assertThat(check.ruleIds()).as("R-ELIG-10").containsExactly("R-ELIG-10");
                    assertThat(check.submissionId()).isEqualTo(submission.id());
                    assertThat(check.checkedBy()).isEqualTo(officer.id().value());
                });
    }

    @Test
    void anEligibleApplicationBecomesAssessableWithTheGrantItRequests(Scenario scenario) {
        ModuleTestData.Draft draft = data.draft("Assessable");
        SubmissionSummary submission = inTheInbox(data.submit(draft));
        scenario.publish(new FormalCheckCompleted(submission.applicationId(), submission.id(),
                        submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                        submission.roundNumber(), submission.actionType(), true, "", List.of(),
                        officer.id().value(), Instant.now()))
                .andWaitForStateChange(() -> assessable.byId(submission.applicationId()), Optional::isPresent)
                .andVerify(found -> {
                    var application = found.orElseThrow();
                    assertThat(application.eligible()).isTrue();
                    assertThat(application.applicantOid()).isEqualTo(draft.applicantOid().value());
                    assertThat(application.consortiumOids())
                            .containsExactly(draft.applicantOid().value(), "E10000002", "E10000003");
                    assertThat(application.requestedGrant()).as("the grant the inbox shows")
                            .isEqualByComparingTo(inbox.find(submission.applicationId()).orElseThrow()
                                    .requestedGrant());
                });
    }

    @Test
    void aConsolidatedScoreMarksTheApplicationAssessed(Scenario scenario) {
        SubmissionSummary submission = inTheInbox(data.submitted("Consolidated"));
        List<CriterionScore> criteria = List.of(new CriterionScore("relevance", 25, 30, List.of()),
                new CriterionScore("design", 15, 20, List.of()), new CriterionScore("team", 15, 20, List.of()),
                new CriterionScore("impact", 21, 30, List.of()));
        scenario.publish(new AssessmentCompleted(submission.applicationId(), submission.id(),
                        submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                        submission.roundNumber(), submission.actionType(), criteria, 76, true,
                        new BigDecimal("150000.00"), null, officer.id().value(), Instant.now()))
                .andWaitForStateChange(() -> inbox.find(submission.applicationId()).map(InboxEntry::status),
                        status -> status.equals(Optional.of(BackOfficeStatus.ASSESSED)))
                .andVerify(status -> assertThat(inbox.find(submission.applicationId()).orElseThrow().finalScore())
                        .as("R-AWD-01: the final score").isEqualTo(76));
    }

    @Test
    void anAppointedExpertJoinsTheAgencysPool(Scenario scenario) {
        var expert = accounts.open("expert-" + UUID.randomUUID() + "@example.lv", "Dace Lāce",
                "dzeltena laiva kalnā zied", java.util.Set.of(Role.EXPERT), null);
        scenario.publish(new ExpertAppointed(expert.id(), expert.email(), expert.displayName(), "LV01", "lv"))
                .andWaitForStateChange(() -> pool.byAccount(expert.id()), Optional::isPresent)
                .andVerify(found -> {
                    Expert inPool = found.orElseThrow();
                    assertThat(inPool.nationalAgencyCode()).isEqualTo("LV01");
                    assertThat(inPool.countryCode()).isEqualTo("LV");
                    assertThat(inPool.languages()).containsExactly("lv");
                    assertThat(inPool.fields()).as("no action types until an officer records them").isEmpty();
                });
    }

    @Test
    void anErasedExpertsAddressAndNameLeaveThePool(Scenario scenario) {
        SignedInUser expert = data.person("Gatis Ozols", Role.EXPERT, null);
        pool.keep(officer, expert.email(), List.of("KA202"), List.of("lv", "en"), "LV", null);
        scenario.publish(new AccountErased(expert.id(), expert.email()))
                .andWaitForStateChange(() -> pool.byAccount(expert.id()).orElseThrow(),
                        inPool -> !inPool.email().equals(expert.email()))
                .andVerify(inPool -> {
                    assertThat(inPool.displayName()).isEqualTo("—");
                    assertThat(inPool.fields()).isEmpty();
                    assertThat(pool.of("LV01")).extracting(Expert::email).doesNotContain(expert.email());
                });
    }

    /**
     * The submission once its event has put it in the inbox: a later event about it (a consolidated score) would
     * otherwise be handled first, and the submission's row then written over it.
     */
    private SubmissionSummary inTheInbox(SubmissionSummary submission) {
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.find(submission.applicationId()).isPresent());
        return submission;
    }
}
