package eu.sadarbe.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.statistics.domain.CutOff;
import eu.sadarbe.statistics.domain.Figures;
import eu.sadarbe.statistics.domain.ProgrammeStatistics;
import eu.sadarbe.statistics.domain.StatisticsFilter;
import eu.sadarbe.statistics.domain.StatisticsReport;
import eu.sadarbe.statistics.domain.SubmissionRegistration;

/**
 * Issue #20, item 4: the public statistics of a round agree with the back office — the submissions as submission
 * keeps them, the formal checks as assessment keeps them, and the scores, decisions and granted amounts as selection
 * keeps them in its own tables, and the completed projects as reporting keeps them (every final report of the
 * application closed: its last agreement settled, {@code ProjectCompleted}). Used on the demo assessment round before and after its decisions
 * ({@code DemoRoundJourneyTests}).
 */
public final class StatisticsReconciliation {

    private StatisticsReconciliation() {
    }

    /** Waits (the listeners run after each commit) until the statistics of the round equal the back office's. */
    public static StatisticsReport assertReconciles(JdbcClient jdbc, ProgrammeStatistics statistics,
                                                    SubmissionRegistration registration, String agency,
                                                    int callYear, int round) {
        registration.catchUp();
        StatisticsFilter filter = new StatisticsFilter(callYear, round, agency, null, null, null);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            BackOffice expected = backOffice(jdbc, agency, callYear, round);
            Figures figures = statistics.report(filter).total();
            assertThat(new BackOffice(figures.received(), figures.eligible(), figures.ineligible(), figures.passed(),
                    figures.selected(), figures.reserve(), figures.rejected(),
                    figures.awarded().value() == null ? BigDecimal.ZERO : figures.awarded().value(),
                    figures.completed().value() == null ? 0 : figures.completed().value().longValue()))
                    .usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(expected);
        });
        StatisticsReport report = statistics.report(filter);
        Map<String, Integer> cutOffs = cutOffs(jdbc, agency, callYear, round);
        Map<String, Long> selectedByType = selectedByActionType(jdbc, agency, callYear, round);
        for (CutOff cutOff : report.cutOffs()) {
            assertThat(cutOff.selected()).isEqualTo(selectedByType.getOrDefault(cutOff.actionType(), 0L));
            if (cutOff.selected() >= Figures.SMALLEST_GROUP) {
                assertThat(cutOff.score().value()).as("cut-off of %s", cutOff.actionType())
                        .isEqualByComparingTo(BigDecimal.valueOf(cutOffs.get(cutOff.actionType())));
            } else {
                assertThat(cutOff.score().isPublished()).isFalse();
            }
        }
        assertThat(report.byActionType().stream().mapToLong(group -> group.figures().received()).sum())
                .isEqualTo(report.total().received());
        return report;
    }

    record BackOffice(long received, long eligible, long ineligible, long passed, long selected, long reserve,
                      long rejected, BigDecimal awarded, long completed) {
    }

    private static BackOffice backOffice(JdbcClient jdbc, String agency, int callYear, int round) {
        long received = count(jdbc, "SELECT COUNT(DISTINCT application_id) FROM submission "
                + "WHERE national_agency_code = ? AND call_year = ? AND round_number = ?", agency, callYear, round);
        long eligible = count(jdbc, "SELECT COUNT(*) FROM assessment_assessable WHERE eligible = TRUE "
                + "AND national_agency_code = ? AND call_year = ? AND round_number = ?", agency, callYear, round);
        long ineligible = count(jdbc, "SELECT COUNT(*) FROM selection_candidate WHERE formally_eligible = FALSE "
                + "AND national_agency_code = ? AND call_year = ? AND round_number = ?", agency, callYear, round);
        long passed = count(jdbc, "SELECT COUNT(*) FROM selection_candidate WHERE passed = TRUE AND assessed = TRUE "
                + "AND national_agency_code = ? AND call_year = ? AND round_number = ?", agency, callYear, round);
        Map<String, Long> outcomes = jdbc.sql("""
                        SELECT d.outcome, COUNT(*) AS decided FROM selection_decision d
                        JOIN selection_candidate c ON c.application_id = d.application_id
                        WHERE c.national_agency_code = ? AND c.call_year = ? AND c.round_number = ?
                        GROUP BY d.outcome""")
                .params(agency, callYear, round)
                .query((row, number) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        BigDecimal awarded = jdbc.sql("""
                        SELECT COALESCE(SUM(d.granted), 0) FROM selection_decision d
                        JOIN selection_candidate c ON c.application_id = d.application_id
                        WHERE d.outcome = 'SELECTED' AND c.national_agency_code = ? AND c.call_year = ?
                          AND c.round_number = ?""")
                .params(agency, callYear, round).query(BigDecimal.class).single();
        long completed = count(jdbc, """
                SELECT COUNT(DISTINCT r.application_id) FROM project_report r
                JOIN selection_candidate c ON c.application_id = r.application_id
                WHERE r.kind = 'FINAL' AND r.status = 'CLOSED' AND NOT EXISTS (SELECT 1 FROM project_report o
                    WHERE o.application_id = r.application_id AND o.kind = 'FINAL' AND o.status <> 'CLOSED')
                  AND c.national_agency_code = ? AND c.call_year = ? AND c.round_number = ?""", agency, callYear, round);
        return new BackOffice(received, eligible, ineligible, passed, outcomes.getOrDefault("SELECTED", 0L),
                outcomes.getOrDefault("RESERVE", 0L), outcomes.getOrDefault("REJECTED", 0L), awarded, completed);
    }

    private static Map<String, Integer> cutOffs(JdbcClient jdbc, String agency, int callYear, int round) {
        return rows(jdbc, "MIN(c.total)", agency, callYear, round).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().intValue()));
    }

    private static Map<String, Long> selectedByActionType(JdbcClient jdbc, String agency, int callYear, int round) {
        return rows(jdbc, "COUNT(*)", agency, callYear, round).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<Map.Entry<String, Long>> rows(JdbcClient jdbc, String aggregate, String agency, int callYear,
                                                      int round) {
        return jdbc.sql("SELECT c.action_type, " + aggregate + " FROM selection_decision d "
                        + "JOIN selection_candidate c ON c.application_id = d.application_id "
                        + "WHERE d.outcome = 'SELECTED' AND c.national_agency_code = ? AND c.call_year = ? "
                        + "AND c.round_number = ? GROUP BY c.action_type")
                .params(agency, callYear, round)
                .query((row, number) -> Map.entry(row.getString(1), row.getLong(2))).list();
    }

    private static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
