package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21: the round dashboard counts each stage from what the inbox rows keep of the assignments, consolidations
 * and letters (assessment V340); these must be the counts of the stages' own conditions on those tables, which the
 * inbox's stage filter uses, counted application by application on the tables themselves. Tests of other packages
 * call {@link #keptAsCounted} after the steps that move the kept counts.
 */
public final class StageCounts {

    private StageCounts() {
    }

    /** The agency's dashboard counts, as kept, equal the counts of the stages' conditions. */
    public static Map<String, Map<Stage, Integer>> keptAsCounted(InboxEntries entries, JdbcClient jdbc,
                                                                  String agency) {
        LinkedHashMap<String, Map<Stage, Integer>> kept = entries.stages(agency);
        assertThat(kept).as("the kept stage counts of " + agency).isEqualTo(oneByOne(entries, jdbc, agency));
        return kept;
    }

    /**
     * Each stage's condition on the tables themselves, as Stage had them before issue 21: the assignments that count
     * (R-AWD-03's experts, all of them submitted and none open), the consolidation, the letter's audit entry.
     */
    private static final Map<Stage, String> ON_THE_TABLES = Map.of(
            Stage.SUBMITTED, "1 = 1",
            Stage.FORMALLY_CHECKED, "i.status <> 'SUBMITTED'",
            Stage.ASSIGNED, "EXISTS (SELECT 1 FROM assessment_assignment a WHERE a.application_id = i.application_id"
                    + " AND a.status IN ('OFFERED', 'ACCEPTED', 'SUBMITTED'))",
            Stage.SCORED, "(SELECT COUNT(*) FROM assessment_assignment a WHERE a.application_id = i.application_id"
                    + " AND a.status = 'SUBMITTED') >= {experts} AND NOT EXISTS (SELECT 1 FROM assessment_assignment a"
                    + " WHERE a.application_id = i.application_id AND a.status IN ('OFFERED', 'ACCEPTED'))",
            Stage.CONSOLIDATED, "EXISTS (SELECT 1 FROM assessment_consolidation c"
                    + " WHERE c.application_id = i.application_id)",
            Stage.DECIDED, "i.status IN ('SELECTED', 'RESERVE', 'REJECTED')",
            Stage.LETTERS_SENT, "EXISTS (SELECT 1 FROM assessment_audit d WHERE d.application_id = i.application_id"
                    + " AND d.national_agency_code = i.national_agency_code AND d.action = 'selection.letterIssued')");

    /** The dashboard's query before issue 21: a correlated subquery per application and stage. */
    private static LinkedHashMap<String, Map<Stage, Integer>> oneByOne(InboxEntries entries, JdbcClient jdbc,
                                                                       String agency) {
        String experts = entries.expertsPerApplication();
        StringBuilder select = new StringBuilder("SELECT call_year, round_number");
        for (Stage stage : Stage.values()) {
            select.append(", SUM(CASE WHEN ").append(ON_THE_TABLES.get(stage).replace("{experts}", experts))
                    .append(" THEN 1 ELSE 0 END) AS ").append(stage.name());
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
