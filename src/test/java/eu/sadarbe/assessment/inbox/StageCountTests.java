package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.SadarbeTest;

/**
 * Issue 21: the round dashboard counts each stage from the agency's inbox rows alone (InboxEntries.stages), which
 * keep what the stages need of the assignments, consolidations and letters; the counts are those of the stages' own
 * conditions, which the inbox's stage filter uses, counted application by application. On the demo's decided rounds,
 * where every stage has applications, all made through the use cases; RoutineConsolidationTests, LateConflictTests
 * and DecisionLetterTests check the same after each step they take.
 */
@SadarbeTest
class StageCountTests {

    @Autowired InboxEntries entries;
    @Autowired JdbcClient jdbc;

    @Test
    void theDashboardCountsEachStageAsItsConditionDoes() {
        List<String> agencies = jdbc.sql("SELECT DISTINCT national_agency_code FROM assessment_inbox")
                .query(String.class).list();
        assertThat(agencies).isNotEmpty();
        for (String agency : agencies) {
            Map<String, Map<Stage, Integer>> counted = StageCounts.keptAsCounted(entries, jdbc, agency);
            assertThat(counted.values().stream().mapToInt(stages -> stages.get(Stage.SUBMITTED)).sum()).as(agency)
                    .isPositive();
        }
    }
}
