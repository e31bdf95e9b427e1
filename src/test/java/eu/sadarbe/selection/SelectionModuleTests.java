package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
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
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.selection.domain.Candidate;
import eu.sadarbe.selection.domain.DecisionLetters;
import eu.sadarbe.selection.domain.Delivery;
import eu.sadarbe.selection.domain.LetterAttempt;
import eu.sadarbe.selection.domain.LetterLanguages;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.RankedApplication;
import eu.sadarbe.selection.domain.Ranking;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * The selection module with all it depends on (assessment and its own dependencies: submission, applications,
 * eligibility, budget, calls, organisations, accounts, places, shared, web), no demo data, and Spring Modulith's
 * {@link Scenario}: the assessment module's consolidated scores and formal rejections make the candidates of a
 * ranking, the recorded decisions are announced, and an issued letter is made and its delivery recorded. A module
 * test (issue #14, item 8), on applications and a round of its own ({@link ModuleTestData}). With MockMvc, though it
 * sends no request, so that it shares its context with the selection module's page tests.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class SelectionModuleTests {

    @Autowired BeanFactory beans;
    @Autowired SelectionDesk selection;
    @Autowired DecisionLetters letters;
    @Autowired SelectedProjects selected;
    @Autowired LetterLanguages languages;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;

    ModuleTestData data;
    SignedInUser officer;
    RankingKey key;

    @BeforeEach
    void anOfficerOfLv01AndTheRoundsRanking() {
        data = new ModuleTestData("selection", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        key = new RankingKey("LV01", ModuleTestData.CALL_YEAR, data.round().roundNumber(), "KA202");
    }

    @Test
    void aConsolidatedScoreMakesTheApplicationACandidateOfItsRanking(Scenario scenario) {
        SubmissionSummary submission = data.submitted("Ranked");
        scenario.publish(consolidated(submission, 28, 16, 16, 24, "150000.00", "120000.00"))
                .andWaitForStateChange(() -> candidate(submission.applicationId()), Optional::isPresent)
                .andVerify(found -> {
                    Candidate candidate = found.orElseThrow();
                    assertThat(candidate.ranking()).isEqualTo(key);
                    assertThat(candidate.total()).isEqualTo(84);
                    assertThat(candidate.passed()).isTrue();
                    assertThat(candidate.recommendedGrant()).isEqualByComparingTo("120000.00");
                    assertThat(candidate.granted()).as("R-AWD-05: the requested grant until the officer reduces it")
                            .isEqualByComparingTo("150000.00");
                    assertThat(selection.ranking(key, officer).find(submission.applicationId())).isPresent();
                });
    }

    @Test
    void aFormalRejectionListsTheApplicationAmongTheIneligible(Scenario scenario) {
        SubmissionSummary submission = data.submitted("Formally rejected");
        scenario.publish(new FormalCheckCompleted(submission.applicationId(), submission.id(),
                        submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                        submission.roundNumber(), submission.actionType(), false, "No partner mandates",
                        List.of("R-ELIG-10"), officer.id().value(), Instant.now()))
                .andWaitForStateChange(() -> selection.ranking(key, officer).ineligible().stream()
                        .filter(candidate -> candidate.applicationId().equals(submission.applicationId())).findFirst(),
                        Optional::isPresent)
                .andVerify(found -> {
                    assertThat(found.orElseThrow().ineligibilityReason()).isEqualTo("No partner mandates");
                    assertThat(found.orElseThrow().ineligibilityRules()).containsExactly("R-ELIG-10");
                });
    }

    @Test
    void recordingTheDecisionsRejectsAnApplicationBelowThePassMarksForR_AWD_02(Scenario scenario) {
        SubmissionSummary failing = assessed("Below the pass marks", 14, 12, 12, 20, "90000.00", null);
        scenario.stimulate(() -> selection.recordDecisions(key, officer))
                .andWaitForEventOfType(ApplicationRejected.class)
                .matching(rejected -> rejected.applicationId().equals(failing.applicationId()))
                .toArriveAndVerify(rejected -> {
                    assertThat(rejected.reason()).isEqualTo("R-AWD-02");
                    assertThat(rejected.ranking()).isEqualTo(key);
                    assertThat(rejected.decidedBy()).isEqualTo(officer.id().value());
                });
    }

    @Test
    void anOfficersSelectionAnnouncesTheGrantReducedToTheExpertsRecommendation(Scenario scenario) {
        SubmissionSummary reduced = assessed("Reduced", 26, 16, 16, 24, "150000.00", "110000.00");
        selection.changeGrant(reduced.applicationId(), new BigDecimal("110000.00"), null, officer);
        scenario.stimulate(() -> selection.override(reduced.applicationId(), Outcome.SELECTED, null,
                        "Strong on the green transition", "The module test's envelope", officer))
                .andWaitForEventOfType(ApplicationSelected.class)
                .matching(selection -> selection.applicationId().equals(reduced.applicationId()))
                .toArriveAndVerify(selection -> {
                    assertThat(selection.grantedAmount()).as("R-AWD-05").isEqualByComparingTo("110000.00");
                    assertThat(selection.applicationNumber()).isEqualTo(reduced.applicationNumber());
                });
    }

    @Test
    void anIssuedLetterIsMadeAndItsDeliveryRecordedWithoutAMailServer(Scenario scenario) {
        SubmissionSummary chosen = assessed("Letter", 27, 17, 17, 25, "100000.00", null);
        selection.override(chosen.applicationId(), Outcome.SELECTED, null, "Selected", "The module test's envelope",
                officer);
        scenario.stimulate(() -> selection.issueLetter(chosen.applicationId(), officer))
                .andWaitForStateChange(() -> letters.delivery(chosen.applicationId()),
                        delivery -> delivery.status() == Delivery.Status.NOT_EMAILED)
                .andVerify(delivery -> {
                    assertThat(delivery.attempts()).extracting(LetterAttempt::outcome)
                            .containsExactly(LetterAttempt.Outcome.NO_MAIL_SERVER);
                    assertThat(letters.letter(chosen.applicationId(), languages, officer)).as("the letter as kept")
                            .startsWith("%PDF".getBytes());
                    assertThat(selected.find(chosen.applicationId())).as("a final selection")
                            .hasValueSatisfying(project -> assertThat(project.granted())
                                    .isEqualByComparingTo("100000.00"));
                });
    }

    /** A new application whose consolidated score selection has taken in, as {@link #consolidated} makes it. */
    private SubmissionSummary assessed(String title, int relevance, int design, int team, int impact,
                                       String requested, @Nullable String recommended) {
        SubmissionSummary submission = data.submitted(title);
        transaction.executeWithoutResult(status -> events.publishEvent(
                consolidated(submission, relevance, design, team, impact, requested, recommended)));
        await().atMost(Duration.ofSeconds(30)).until(() -> candidate(submission.applicationId()).isPresent());
        return submission;
    }

    /** What the assessment module announces when the officer consolidates the experts' scores (R-AWD-01…03). */
    private AssessmentCompleted consolidated(SubmissionSummary submission, int relevance, int design, int team,
                                             int impact, String requested, @Nullable String recommended) {
        int total = relevance + design + team + impact;
        boolean passed = total >= 60 && relevance >= 15 && design >= 10 && team >= 10 && impact >= 15;
        return new AssessmentCompleted(submission.applicationId(), submission.id(), submission.applicationNumber(),
                submission.nationalAgencyCode(), submission.callYear(), submission.roundNumber(),
                submission.actionType(), List.of(new CriterionScore("relevance", relevance, 30, List.of()),
                        new CriterionScore("design", design, 20, List.of()),
                        new CriterionScore("team", team, 20, List.of()),
                        new CriterionScore("impact", impact, 30, List.of())),
                total, passed, new BigDecimal(requested), recommended == null ? null : new BigDecimal(recommended),
                officer.id().value(), Instant.now(), null);
    }

    /** The candidate wherever the ranking lists it: ranked, below the pass marks or ineligible. */
    private Optional<Candidate> candidate(ApplicationId id) {
        Ranking ranking = selection.ranking(key, officer);
        return Stream.concat(ranking.ranked().stream().map(RankedApplication::candidate),
                        Stream.concat(ranking.failing().stream(), ranking.ineligible().stream()))
                .filter(candidate -> candidate.applicationId().equals(id)).findFirst();
    }
}
