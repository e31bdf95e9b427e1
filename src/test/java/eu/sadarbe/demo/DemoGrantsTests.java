package eu.sadarbe.demo;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;

/**
 * The demo grant agreements are the decided demo round's only ({@link DemoDecisions#KEYS}): a final selection of
 * LV01 that is not the demo's (a real applicant's in a demo install, or one a module test left in the shared test
 * database) gets no agreement its officer never prepared, and does not stop the application from starting because no
 * demo coordinator can sign for it. On the 2018 round of {@code DecisionLetterTests} ({@link ModuleTestData}), whose
 * KA202 ranking it leaves empty as it found it.
 */
@SubmissionTest
class DemoGrantsTests {

    @Autowired BeanFactory beans;
    @Autowired DemoGrants demoGrants;
    @Autowired SelectionDesk selection;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcClient jdbc;

    ModuleTestData data;
    SignedInUser officer;
    RankingKey key;

    @BeforeEach
    void anOfficerOfLv01AndAnEmptyRanking() {
        data = new ModuleTestData("selection letters", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        key = new RankingKey("LV01", ModuleTestData.CALL_YEAR, data.round().roundNumber(), "KA202");
        emptyRanking();
    }

    /**
     * Leaves the ranking empty, so that no final selection of the test's own outlives it, with any agreement made of
     * one (by {@code DemoGrants} before it kept to the demo's own).
     */
    @AfterEach
    void emptyRanking() {
        SelectionTestData.emptyRanking(jdbc, key);
    }

    @Test
    void makesNoAgreementOfAFinalSelectionOutsideTheDemoRound() {
        // Two, so that one of them would have been signed (every fourth the demo leaves unsigned).
        List<SubmissionSummary> selected = List.of(finallySelected("Not the demo's (1)"),
                finallySelected("Not the demo's (2)"));

        Throwable thrown = catchThrowable(demoGrants::seed);

        assertSoftly(softly -> {
            softly.assertThat(thrown).as("no demo coordinator acts for the test's applicants").isNull();
            for (SubmissionSummary submission : selected) {
                softly.assertThat(jdbc.sql("SELECT COUNT(*) FROM grant_agreement WHERE application_id = ?")
                        .param(submission.applicationId().value()).query(Integer.class).single())
                        .as("agreements of %s", submission.applicationNumber()).isZero();
            }
        });
    }

    /** A new applicant's application, consolidated, selected by the test's officer and its letter issued. */
    SubmissionSummary finallySelected(String title) {
        SubmissionSummary submission = data.submitted(title);
        AssessmentCompleted consolidated = new AssessmentCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(),
                List.of(new CriterionScore("relevance", 27, 30, List.of()),
                        new CriterionScore("design", 17, 20, List.of()),
                        new CriterionScore("team", 17, 20, List.of()),
                        new CriterionScore("impact", 25, 30, List.of())),
                86, true, new BigDecimal("100000.00"), null, officer.id().value(), Instant.now(), "");
        transaction.executeWithoutResult(status -> publisher.publishEvent(consolidated));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM selection_candidate WHERE application_id = ?")
                .param(submission.applicationId().value()).query(Integer.class).single() == 1);
        selection.override(submission.applicationId(), Outcome.SELECTED, null, "Selected", "The test's envelope",
                officer);
        selection.issueLetter(submission.applicationId(), officer);
        return submission;
    }
}
