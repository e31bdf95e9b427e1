package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.SadarbeTest;

/**
 * Issue 21: the round dashboard counts each stage with one pass over each table (InboxEntries.stages); the counts
 * are those of the stages' own conditions, which the inbox's stage filter uses, counted application by application.
 * On the demo's decided rounds, where every stage has applications.
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
            LinkedHashMap<String, Map<Stage, Integer>> counted = entries.stages(agency);
            assertThat(counted).as(agency).isEqualTo(oneByOne(agency));
            assertThat(counted.values().stream().mapToInt(stages -> stages.get(Stage.SUBMITTED)).sum()).as(agency)
                    .isPositive();
        }
    }

    /** The dashboard's query before issue 21: a correlated subquery per application and stage. */
    private LinkedHashMap<String, Map<Stage, Integer>> oneByOne(String agency) {
        String experts = entries.expertsPerApplication();
        StringBuilder select = new StringBuilder("SELECT call_year, round_number");
        for (Stage stage : Stage.values()) {
            select.append(", SUM(CASE WHEN ").append(stage.condition(experts)).append(" THEN 1 ELSE 0 END) AS ")
                    .append(stage.name());
        }
        select.append(" FROM assessment_inbox i WHERE i.national_agency_code = ? GROUP BY call_year, round_number"
                + " ORDER BY call_year DESC, round_number DESC");
        LinkedHashMap<String, Map<Stage, Integer>> rounds = new LinkedHashMap<>();
        jdbc.sql(select.toString()).param(agency).query(row -> {
            Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                counts.put(stage, row.getInt(stage.name()));
            }
            rounds.put(row.getInt("call_year") + "-" + row.getInt("round_number"), counts);
        });
        return rounds;
    }
}
