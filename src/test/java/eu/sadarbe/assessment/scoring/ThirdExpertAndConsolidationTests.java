package eu.sadarbe.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.AuditEntry;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.OwnExperts;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.submission.SettableClock;

/**
 * Two experts, a third when their totals lie 30 points apart (R-AWD-03), and the officer's final score (R-AWD-02). A
 * module test of assessment, on applications for EE01 and experts of its own ({@link OwnExperts}); configured as
 * assessment's page tests are, so that it shares their context.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
@RecordApplicationEvents
class ThirdExpertAndConsolidationTests {

    @Autowired Assignments assignments;
    @Autowired Scoring scoring;
    @Autowired Consolidation consolidation;
    @Autowired AuditTrail audit;
    @Autowired ApplicationEvents recorded;
    @Autowired BeanFactory beans;
    @Autowired ExpertPool pool;

    ModuleTestData data;
    OwnExperts experts;
    ExpertWork work;
    SignedInUser officer;

    @BeforeEach
    void fourExpertsOfEe01() {
        data = new ModuleTestData("assessment", beans);
        experts = OwnExperts.four(data, pool);
        officer = experts.officer();
        work = new ExpertWork(experts, assignments, scoring);
    }

    @AfterEach
    void retireThem() {
        experts.retire();
    }

    @Test
    void R_AWD_03_aDifferenceOfThirtyRequiresAThirdExpertAndTheTwoClosestCount() {
        Assessable application = eligibleApplication("Thirty points apart");
        List<Assignment> two = work.suggestedAndAccepted(application);
        work.submit(two.get(0), new Scores(27, 18, 18, 27), "Strong and well argued in every part of the form.");   // 90
        work.submit(two.get(1), new Scores(18, 12, 12, 18), "Weak throughout, nothing convinces (outlier).");   // 60: exactly 30 apart

        AssessmentState state = consolidation.state(officer, application.applicationId());
        assertThat(state.awaitingThirdExpert()).isTrue();
        assertThat(state.readyToConsolidate()).isFalse();
        assertThat(audit.of(application.applicationId())).extracting(AuditEntry::action)
                .contains("thirdExpertRequired");
        assertThatThrownBy(() -> consolidation.consolidate(officer, application.applicationId(),
                new Scores(20, 15, 15, 20), "too early", null)).isInstanceOf(RuntimeException.class);

        Assignment third = work.accept(assignments.suggestThird(officer, application.applicationId()));
        assertThat(third.thirdExpert()).isTrue();
        work.submit(third, new Scores(25, 17, 16, 22), "Convincing, with minor gaps in the budget plan.");   // 80: closest to 90

        state = consolidation.state(officer, application.applicationId());
        assertThat(state.counted()).containsExactly(0, 2);
        assertThat(state.suggestion()).isEqualTo(new Scores(26, 18, 17, 25));   // 26, 17.5→18, 17, 24.5→25
        assertThat(state.suggestionPasses()).isTrue();

        // Issue 17: the consolidated comment proposed leaves the outlier out; the officer's own wording is kept.
        String proposal = consolidation.proposedComment(state);
        assertThat(proposal).contains("Strong and well argued in every part of the form.", "Convincing, with minor gaps in the budget plan.")
                .doesNotContain("outlier");
        ConsolidatedScore approved = consolidation.consolidate(officer, application.applicationId(), state.suggestion(),
                null, null, null);
        assertThat(approved.assessmentComment()).isEqualTo(proposal);
        consolidation.consolidate(officer, application.applicationId(), state.suggestion(), null, null,
                "  The officer's own summary.  ");
        AssessmentCompleted last = recorded.stream(AssessmentCompleted.class)
                .filter(event -> event.applicationId().equals(application.applicationId())).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.assessmentComment()).isEqualTo("The officer's own summary.");
        assertThat(last.criteria().get(0).comments()).as("R-AWD-03: the outlier's raw comments are not passed on")
                .containsExactly("Strong and well argued in every part of the form.", "Convincing, with minor gaps in the budget plan.");
        assertThat(consolidation.state(officer, application.applicationId()).consolidation().orElseThrow()
                .assessmentComment()).isEqualTo("The officer's own summary.");
    }

    @Test
    void R_AWD_03_twentyNinePointsApartNeedNoThirdExpertAndTheOfficerConsolidatesTheMean() {
        Assessable application = eligibleApplication("Twenty-nine points apart");
        List<Assignment> two = work.suggestedAndAccepted(application);
        work.submit(two.get(0), new Scores(27, 18, 18, 26));   // 89
        work.submit(two.get(1), new Scores(18, 12, 12, 18));   // 60

        AssessmentState state = consolidation.state(officer, application.applicationId());
        assertThat(state.thirdExpertRequired()).isFalse();
        assertThat(state.suggestion()).isEqualTo(new Scores(23, 15, 15, 22));   // 22.5→23, 15, 15, 22
        assertThat(state.suggestion().total()).isEqualTo(75);

        ConsolidatedScore plain = consolidation.consolidate(officer, application.applicationId(), state.suggestion(),
                null, null);
        assertThat(plain.passed()).isTrue();
        assertThat(plain.overrideReason()).isNull();

        assertThatThrownBy(() -> consolidation.consolidate(officer, application.applicationId(),
                new Scores(23, 15, 15, 6), " ", null)).isInstanceOf(ScoresInvalid.class);
        ConsolidatedScore overridden = consolidation.consolidate(officer, application.applicationId(),
                new Scores(23, 15, 15, 14), "Dissemination plan copied from another project", null);

        assertThat(overridden.passed()).as("R-AWD-02: impact 14 is below half of 30").isFalse();
        List<AuditEntry> history = audit.of(application.applicationId());
        assertThat(history).filteredOn(entry -> entry.action().equals("scoreOverridden")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.before()).isEqualTo("23/15/15/22 = 75");
                    assertThat(entry.after()).isEqualTo("23/15/15/14 = 67");
                    assertThat(entry.subject()).contains("copied");
                    assertThat(entry.actorEmail()).isEqualTo(officer.email());
                });
        assertThat(history).filteredOn(entry -> entry.action().equals("consolidated")).hasSize(2)
                .last().satisfies(entry -> assertThat(entry.before()).startsWith("23/15/15/22 = 75"));
        List<AssessmentCompleted> completed = recorded.stream(AssessmentCompleted.class)
                .filter(event -> event.applicationId().equals(application.applicationId())).toList();
        assertThat(completed).hasSize(2);
        AssessmentCompleted last = completed.get(1);
        assertThat(last.total()).isEqualTo(67);
        assertThat(last.passed()).isFalse();
        assertThat(last.criteria()).extracting(CriterionScore::criterion, CriterionScore::points,
                        CriterionScore::maximum)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("relevance", 23, 30),
                        org.assertj.core.groups.Tuple.tuple("design", 15, 20),
                        org.assertj.core.groups.Tuple.tuple("team", 15, 20),
                        org.assertj.core.groups.Tuple.tuple("impact", 14, 30));
        assertThat(last.criteria().get(0).comments()).hasSize(2);
        assertThat(last.requestedGrant()).isEqualByComparingTo(application.requestedGrant());
    }

    private Assessable eligibleApplication(String title) {
        return data.eligible(data.submit(data.draftForEe01(title)), officer);
    }
}
