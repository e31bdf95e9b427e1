package eu.sadarbe.statistics.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.applications.ApplicationId;

/**
 * The statistics read model ({@code statistics_application}, {@code statistics_agreement}) and its aggregates.
 * <p>
 * Performance by design (issue #21: p95 ≤ 200 ms with 30,000 applications): the listeners keep one narrow row per
 * application (about 100 bytes, so a year's 30,000 rows are 3 MB, in the buffer cache), and every figure is an SQL
 * aggregate over it — COUNT/SUM/MIN of CASE expressions in one pass, grouped in the database — so no row is ever
 * loaded into memory and the answer's size depends on the number of groups, not of applications. Counts maintained
 * per cell by the listeners would be faster still but wrong after a revised decision or formal check unless every
 * listener knew the previous state; a row per application takes the latest event as it is ("the latest decision
 * counts") and the aggregates stay exact. The indexes cover the filters people start with (call year, action type).
 */
@Repository
public class StatisticsRepository {

    /**
     * Completed projects and their grant after the final report come from reporting ({@code FinalReportApproved}),
     * which does not exist yet: until a listener fills {@code completed_on} and {@code final_grant}, completion and
     * the reduction rate are {@link Availability#NOT_YET_AVAILABLE}. Adding them is this flag and that listener; the
     * aggregates below already compute them.
     */
    static final boolean COMPLETION_RECORDED = false;

    private static final String AGGREGATES = """
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
            SUM(CASE WHEN completed_on IS NOT NULL THEN final_grant END) AS completed_final
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    StatisticsRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- kept by the listeners -------------------------------------------------------------------------------

    /** The application's row with its dimensions, made by whichever event about it comes first. */
    void ensure(ApplicationId id, String number, String agency, int callYear, int round, String actionType,
                @Nullable String field) {
        jdbc.sql("""
                        INSERT INTO statistics_application (application_id, application_number, national_agency_code,
                            call_year, round_number, action_type, field, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id.value(), number, agency, callYear, round, actionType, field, now()).update();
    }

    /** The submission that counts (R-SUB-01): the applicant's country and the grant it requests. */
    void submitted(ApplicationId id, String country, BigDecimal requested) {
        jdbc.sql("UPDATE statistics_application SET applicant_country = ?, requested_grant = ?, updated_at = ? "
                        + "WHERE application_id = ?")
                .params(country, requested, now(), id.value()).update();
    }

    /** The latest formal check counts. */
    void formallyChecked(ApplicationId id, boolean eligible) {
        jdbc.sql("UPDATE statistics_application SET eligible = ?, updated_at = ? WHERE application_id = ?")
                .params(eligible, now(), id.value()).update();
    }

    /** The latest consolidation counts (R-AWD-01…03). */
    void assessed(ApplicationId id, int total, boolean passed, BigDecimal requested) {
        jdbc.sql("""
                        UPDATE statistics_application SET final_score = ?, passed = ?,
                            requested_grant = COALESCE(requested_grant, ?), updated_at = ?
                        WHERE application_id = ?""")
                .params(total, passed, requested, now(), id.value()).update();
    }

    /** The latest decision counts (R-AWD-05): SELECTED with its grant, RESERVE or REJECTED. */
    void decided(ApplicationId id, String outcome, @Nullable BigDecimal granted) {
        jdbc.sql("UPDATE statistics_application SET outcome = ?, granted = ?, updated_at = ? WHERE application_id = ?")
                .params(outcome, granted, now(), id.value()).update();
    }

    /** An agreement entered into force or was amended: its awarded total now, summed into its application's row. */
    void agreement(UUID agreementId, ApplicationId applicationId, BigDecimal awardedTotal, LocalDate inForceOn) {
        jdbc.sql("""
                        INSERT INTO statistics_agreement (agreement_id, application_id, awarded_total,
                            entered_into_force_on, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(agreementId, applicationId.value(), awardedTotal, Date.valueOf(inForceOn), now()).update();
        amended(agreementId, awardedTotal);
    }

    /** False when the agreement is not known here (its entry into force not seen). */
    boolean amended(UUID agreementId, BigDecimal awardedTotal) {
        int updated = jdbc.sql("UPDATE statistics_agreement SET awarded_total = ?, updated_at = ? WHERE agreement_id = ?")
                .params(awardedTotal, now(), agreementId).update();
        jdbc.sql("""
                        UPDATE statistics_application SET contracted_total = (SELECT SUM(a.awarded_total)
                            FROM statistics_agreement a WHERE a.application_id = statistics_application.application_id),
                            updated_at = ?
                        WHERE application_id IN (SELECT application_id FROM statistics_agreement WHERE agreement_id = ?)""")
                .params(now(), agreementId).update();
        return updated == 1;
    }

    /** Applications of the agency whose submission is registered (their country known). */
    Set<UUID> registered(String agency) {
        return new HashSet<>(jdbc.sql("SELECT application_id FROM statistics_application "
                        + "WHERE national_agency_code = ? AND applicant_country IS NOT NULL")
                .param(agency).query(UUID.class).list());
    }

    // ---- read by the page and the API ------------------------------------------------------------------------

    Figures total(StatisticsFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + AGGREGATES + " FROM statistics_application" + filter.where(params);
        return jdbc.sql(sql).params(params).query((row, number) -> figures(row)).single();
    }

    /** The figures by one column: {@code action_type}, {@code field} or {@code applicant_country}. */
    List<Group> by(Breakdown breakdown, StatisticsFilter filter) {
        List<Object> params = new ArrayList<>();
        String column = breakdown.column;
        String sql = "SELECT " + column + " AS group_key, " + AGGREGATES + " FROM statistics_application"
                + filter.where(params) + " GROUP BY " + column + " ORDER BY " + column;
        return jdbc.sql(sql).params(params).query((row, number) -> new Group(
                row.getString("group_key") == null ? "" : row.getString("group_key"), figures(row))).list();
    }

    /** Every call year, round, agency, action type and country with applications: the downloadable table. */
    List<Cell> cells(StatisticsFilter filter) {
        List<Object> params = new ArrayList<>();
        String keys = "call_year, round_number, national_agency_code, action_type, field, applicant_country";
        String sql = "SELECT " + keys + ", " + AGGREGATES + " FROM statistics_application" + filter.where(params)
                + " GROUP BY " + keys + " ORDER BY " + keys;
        return jdbc.sql(sql).params(params).query((row, number) -> new Cell(row.getInt("call_year"),
                row.getInt("round_number"), row.getString("national_agency_code"), row.getString("action_type"),
                row.getString("field"), row.getString("applicant_country"), figures(row))).list();
    }

    /** Each ranking (agency, call year, round, action type) in which the agency has decided. */
    List<CutOff> cutOffs(StatisticsFilter filter) {
        List<Object> params = new ArrayList<>();
        String keys = "national_agency_code, call_year, round_number, action_type";
        String sql = "SELECT " + keys + ", COUNT(CASE WHEN outcome = 'SELECTED' THEN 1 END) AS selected, "
                + "MIN(CASE WHEN outcome = 'SELECTED' THEN final_score END) AS cut_off "
                + "FROM statistics_application" + filter.where(params) + " GROUP BY " + keys
                + " HAVING COUNT(outcome) > 0 ORDER BY call_year DESC, round_number, national_agency_code, action_type";
        return jdbc.sql(sql).params(params).query((row, number) -> {
            long selected = row.getLong("selected");
            int cutOff = row.getInt("cut_off");
            return new CutOff(row.getString("national_agency_code"), row.getInt("call_year"),
                    row.getInt("round_number"), row.getString("action_type"), selected,
                    Figures.atLeastSmallestGroup(selected, row.wasNull() ? null : BigDecimal.valueOf(cutOff)));
        }).list();
    }

    FilterChoices choices() {
        return new FilterChoices(distinct("call_year", Integer.class), distinct("round_number", Integer.class),
                distinct("national_agency_code", String.class), distinct("action_type", String.class),
                distinct("field", String.class), distinct("applicant_country", String.class));
    }

    private <T> List<T> distinct(String column, Class<T> type) {
        return jdbc.sql("SELECT DISTINCT " + column + " FROM statistics_application WHERE " + column
                + " IS NOT NULL ORDER BY " + column).query(type).list();
    }

    private static Figures figures(ResultSet row) throws SQLException {
        long received = row.getLong("received");
        long selected = row.getLong("selected");
        long completed = row.getLong("completed");
        Figure completedFigure = COMPLETION_RECORDED ? Figure.of(BigDecimal.valueOf(completed))
                : Figure.notYetAvailable();
        Figure reduction = Figure.notYetAvailable();
        if (COMPLETION_RECORDED) {
            BigDecimal contracted = row.getBigDecimal("completed_contracted");
            BigDecimal paid = row.getBigDecimal("completed_final");
            reduction = contracted == null || paid == null || contracted.signum() == 0 ? Figure.suppressed()
                    : Figures.atLeastSmallestGroup(completed, BigDecimal.ONE.subtract(
                            paid.divide(contracted, 4, java.math.RoundingMode.HALF_UP)));
        }
        return new Figures(received, row.getLong("awaiting_check"), row.getLong("eligible"), row.getLong("ineligible"),
                row.getLong("passed"), selected, row.getLong("reserve"), row.getLong("rejected"),
                row.getLong("contracted"), completedFigure,
                Figures.atLeastSmallestGroup(row.getLong("requested_known"), row.getBigDecimal("requested")),
                Figures.atLeastSmallestGroup(selected, row.getBigDecimal("requested_by_selected")),
                Figure.of(row.getBigDecimal("awarded")), Figure.of(row.getBigDecimal("contracted_amount")),
                reduction);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** The columns the statistics break down by; fixed names, never from a request. */
    enum Breakdown {
        ACTION_TYPE("action_type"), FIELD("field"), COUNTRY("applicant_country");

        private final String column;

        Breakdown(String column) {
            this.column = column;
        }
    }
}
