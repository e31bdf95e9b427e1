package eu.sadarbe.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.ApplicationId;

/**
 * Issue #21: the page and the API read the sums per cell the listeners keep ({@code statistics_cell}); after each
 * kind of event — a first event making the row, the submission registered (the country moving the row to another
 * cell), a resubmission from another country, formal checks, consolidations, decisions revised (a selected
 * application leaving the cut-off), agreements in force and amended, a project completed — the cells equal the sums
 * computed from the rows, as the page computed them before, exactly (the same counts, amounts of the same scale,
 * NULL sums where no row adds a term, and no cell once its rows have gone). Then the same for decisions of one cell
 * taken by concurrent transactions: each increment is counted.
 * <p>
 * A module test of statistics with everything it depends on, in the context of {@code StatisticsModuleTests}
 * (issue #14, item 8): the cells and rows are this test's own, under an agency code nobody else uses.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class StatisticsCellsTests {

    /** The sums computed from the rows: what the page and the API read before the cells. */
    private static final String FROM_ROWS = """
            SELECT call_year, round_number, national_agency_code, action_type, field, applicant_country,
                COUNT(*) AS received,
                COUNT(CASE WHEN eligible IS NULL THEN 1 END) AS awaiting_check,
                COUNT(CASE WHEN eligible = TRUE THEN 1 END) AS eligible,
                COUNT(CASE WHEN eligible = FALSE THEN 1 END) AS ineligible,
                COUNT(CASE WHEN passed = TRUE THEN 1 END) AS passed,
                COUNT(CASE WHEN outcome = 'SELECTED' THEN 1 END) AS selected,
                COUNT(CASE WHEN outcome = 'RESERVE' THEN 1 END) AS reserve,
                COUNT(CASE WHEN outcome = 'REJECTED' THEN 1 END) AS rejected,
                COUNT(contracted_total) AS contracted,
                COUNT(completed_on) AS completed,
                COUNT(requested_grant) AS requested_known,
                SUM(requested_grant) AS requested,
                SUM(CASE WHEN outcome = 'SELECTED' THEN requested_grant END) AS requested_by_selected,
                SUM(CASE WHEN outcome = 'SELECTED' THEN granted END) AS awarded,
                SUM(contracted_total) AS contracted_amount,
                SUM(CASE WHEN completed_on IS NOT NULL THEN contracted_total END) AS completed_contracted,
                SUM(CASE WHEN completed_on IS NOT NULL THEN final_grant END) AS completed_final,
                MIN(CASE WHEN outcome = 'SELECTED' THEN final_score END) AS lowest_selected_score
            FROM statistics_application WHERE national_agency_code = ?
            GROUP BY call_year, round_number, national_agency_code, action_type, field, applicant_country
            ORDER BY call_year, round_number, national_agency_code, action_type, field, applicant_country""";

    @Autowired
    StatisticsRepository statistics;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    String agency;
    StatisticsFilter filter;

    @BeforeEach
    void ownAgency() {
        agency = "Y" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        filter = new StatisticsFilter(null, null, agency, null, null, null);
    }

    @Test
    void theCellsEqualTheSumsOfTheRowsAfterEachKindOfEvent() {
        ApplicationId a = id(), b = id(), c = id(), d = id();
        for (ApplicationId each : List.of(a, b, c, d)) {
            inTransaction(() -> statistics.ensure(each, number(each), agency, 2015, 1, "KA201", "SCHOOL_EDUCATION"));
        }
        inTransaction(() -> statistics.ensure(id(), "2015-1-" + agency + "-KA219-x", agency, 2015, 1, "KA219", null));
        assertCellsEqualRows(2);

        inTransaction(() -> statistics.submitted(a, "LV", new BigDecimal("100000.00")));
        inTransaction(() -> statistics.submitted(b, "LV", new BigDecimal("50000.00")));
        inTransaction(() -> statistics.submitted(c, "EE", new BigDecimal("60000.00")));
        assertCellsEqualRows(4);
        inTransaction(() -> statistics.submitted(c, "LV", new BigDecimal("65000.00")));   // resubmitted from LV
        assertCellsEqualRows(3);

        inTransaction(() -> statistics.formallyChecked(a, true));
        inTransaction(() -> statistics.formallyChecked(b, true));
        inTransaction(() -> statistics.formallyChecked(c, false));
        inTransaction(() -> statistics.formallyChecked(d, true));
        assertCellsEqualRows(3);
        inTransaction(() -> statistics.formallyChecked(c, true));   // the latest check counts
        assertCellsEqualRows(3);

        inTransaction(() -> statistics.assessed(a, 85, true, new BigDecimal("90000.00")));
        inTransaction(() -> statistics.assessed(b, 72, true, new BigDecimal("50000.00")));
        inTransaction(() -> statistics.assessed(c, 64, true, new BigDecimal("65000.00")));
        inTransaction(() -> statistics.assessed(d, 40, false, new BigDecimal("70000.00")));   // D's request unknown until now
        assertCellsEqualRows(3);

        inTransaction(() -> statistics.decided(a, "SELECTED", new BigDecimal("90000.00")));
        inTransaction(() -> statistics.decided(b, "SELECTED", new BigDecimal("50000.00")));
        inTransaction(() -> statistics.decided(c, "SELECTED", new BigDecimal("60000.00")));
        inTransaction(() -> statistics.decided(d, "REJECTED", null));
        assertCellsEqualRows(3);
        assertThat(lowest()).isEqualTo(64);
        inTransaction(() -> statistics.decided(c, "RESERVE", null));   // the cut-off's application leaves
        assertCellsEqualRows(3);
        assertThat(lowest()).isEqualTo(72);
        inTransaction(() -> statistics.assessed(b, 70, true, new BigDecimal("50000.00")));   // a selected score moves
        assertCellsEqualRows(3);
        inTransaction(() -> statistics.decided(c, "SELECTED", new BigDecimal("65000.00")));
        inTransaction(() -> statistics.decided(b, "REJECTED", null));
        assertCellsEqualRows(3);

        UUID firstSchool = UUID.randomUUID(), ofC = UUID.randomUUID();
        inTransaction(() -> statistics.agreement(firstSchool, a, new BigDecimal("45000.00"), LocalDate.of(2015, 8, 20)));
        inTransaction(() -> statistics.agreement(UUID.randomUUID(), a, new BigDecimal("45000.00"), LocalDate.of(2015, 8, 21)));
        inTransaction(() -> statistics.agreement(ofC, c, new BigDecimal("65000.00"), LocalDate.of(2015, 8, 22)));
        assertCellsEqualRows(3);
        inTransaction(() -> statistics.amended(firstSchool, new BigDecimal("40000.00")));
        assertCellsEqualRows(3);

        inTransaction(() -> statistics.completed(firstSchool, a, new BigDecimal("38000.00"), BigDecimal.ZERO,
                LocalDate.of(2017, 10, 30), false));
        assertCellsEqualRows(3);
        inTransaction(() -> statistics.completed(ofC, c, new BigDecimal("60000.00"), new BigDecimal("0.0769"),
                LocalDate.of(2017, 10, 30), true));
        assertCellsEqualRows(3);
    }

    @Test
    void decisionsOfOneCellTakenTogetherAreEachCounted() throws Exception {
        List<ApplicationId> applications = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApplicationId each = id();
            applications.add(each);
            inTransaction(() -> statistics.ensure(each, number(each), agency, 2016, 1, "KA202", "VET"));
            inTransaction(() -> statistics.submitted(each, "LT", new BigDecimal("40000.00")));
            inTransaction(() -> statistics.assessed(each, 60 + applications.size(), true, new BigDecimal("40000.00")));
        }
        List<CompletableFuture<Void>> decisions = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int first = thread;
            decisions.add(CompletableFuture.runAsync(() -> {
                for (int i = first; i < applications.size(); i += 4) {
                    ApplicationId each = applications.get(i);
                    inTransaction(() -> statistics.decided(each, "SELECTED", new BigDecimal("38000.00")));
                    inTransaction(() -> statistics.formallyChecked(each, true));
                    if (i % 3 == 0) {
                        inTransaction(() -> statistics.decided(each, "RESERVE", null));
                    }
                }
            }));
        }
        for (CompletableFuture<Void> decision : decisions) {
            decision.get(60, TimeUnit.SECONDS);
        }
        assertCellsEqualRows(1);
    }

    private void assertCellsEqualRows(int cells) {
        List<RawCell> fromRows = jdbc.sql(FROM_ROWS).param(agency).query((row, number) -> new RawCell(
                row.getInt("call_year"), row.getInt("round_number"), row.getString("national_agency_code"),
                row.getString("action_type"), row.getString("field"), row.getString("applicant_country"),
                tally(row))).list();
        assertThat(statistics.cells(filter)).hasSize(cells).isEqualTo(fromRows);
    }

    private Integer lowest() {
        return statistics.cells(filter).stream().filter(cell -> cell.actionType().equals("KA201"))
                .findFirst().orElseThrow().tally().lowestSelectedScore();
    }

    private static Tally tally(ResultSet row) throws SQLException {
        int lowest = row.getInt("lowest_selected_score");
        Integer lowestSelected = row.wasNull() ? null : lowest;
        return new Tally(row.getLong("received"), row.getLong("awaiting_check"), row.getLong("eligible"),
                row.getLong("ineligible"), row.getLong("passed"), row.getLong("selected"), row.getLong("reserve"),
                row.getLong("rejected"), row.getLong("contracted"), row.getLong("completed"),
                row.getLong("requested_known"), sum(row, "requested"), sum(row, "requested_by_selected"),
                sum(row, "awarded"), sum(row, "contracted_amount"), sum(row, "completed_contracted"),
                sum(row, "completed_final"), lowestSelected);
    }

    private static BigDecimal sum(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    private void inTransaction(Runnable step) {
        transaction.executeWithoutResult(status -> step.run());
    }

    private String number(ApplicationId id) {
        return "2015-1-" + agency + "-KA201-" + id.value().toString().substring(0, 6);
    }

    private static ApplicationId id() {
        return new ApplicationId(UUID.randomUUID());
    }
}
