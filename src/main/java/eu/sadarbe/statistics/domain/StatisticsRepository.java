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
 * aggregate over it — COUNT/SUM/MIN of CASE expressions in one pass, grouped in the database — in a single scan per
 * request grouped by call year, round, agency, action type, field and country (a few thousand groups at most), so
 * no application row is ever loaded into memory and the answer's size depends on the number of groups, not of
 * applications; the breakdowns are added up from those groups. Counts maintained
 * per cell by the listeners would be faster still but wrong after a revised decision or formal check unless every
 * listener knew the previous state; a row per application takes the latest event as it is ("the latest decision
 * counts") and the aggregates stay exact. The indexes cover the filters people start with (call year, action type).
 */
@Repository
public class StatisticsRepository {

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
            SUM(CASE WHEN completed_on IS NOT NULL THEN final_grant END) AS completed_final,
            MIN(CASE WHEN outcome = 'SELECTED' THEN final_score END) AS lowest_selected_score
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

    /**
     * An agreement entered into force or was amended: its awarded total now, summed into its application's row. The
     * application's row is locked first, so a KA229 school's agreement arriving while another school's is being
     * written waits for it and sums both (the sum alone, taken while waiting, missed the other one's row).
     */
    void agreement(UUID agreementId, ApplicationId applicationId, BigDecimal awardedTotal, LocalDate inForceOn) {
        lock(applicationId.value());
        jdbc.sql("""
                        INSERT INTO statistics_agreement (agreement_id, application_id, awarded_total,
                            entered_into_force_on, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(agreementId, applicationId.value(), awardedTotal, Date.valueOf(inForceOn), now()).update();
        amended(agreementId, awardedTotal);
    }

    /** False when the agreement is not known here (its entry into force not seen). */
    boolean amended(UUID agreementId, BigDecimal awardedTotal) {
        jdbc.sql("SELECT application_id FROM statistics_agreement WHERE agreement_id = ?").param(agreementId)
                .query(UUID.class).optional().ifPresent(this::lock);
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

    /**
     * An agreement's final grant was settled (reporting's {@code ProjectCompleted}); when it was the application's
     * last, the application is completed with the sum of its agreements' final grants. Each event may come again.
     */
    void completed(UUID agreementId, ApplicationId applicationId, BigDecimal finalGrant, BigDecimal reductionShare,
                   LocalDate completedOn, boolean lastOfProject) {
        lock(applicationId.value());
        jdbc.sql("DELETE FROM statistics_completion WHERE agreement_id = ?").param(agreementId).update();
        jdbc.sql("""
                        INSERT INTO statistics_completion (agreement_id, application_id, final_grant, reduction_share,
                            completed_on, updated_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(agreementId, applicationId.value(), finalGrant, reductionShare, Date.valueOf(completedOn),
                        now()).update();
        if (lastOfProject) {
            jdbc.sql("""
                            UPDATE statistics_application SET completed_on = ?, final_grant = (SELECT SUM(c.final_grant)
                                FROM statistics_completion c WHERE c.application_id = statistics_application.application_id),
                                updated_at = ?
                            WHERE application_id = ?""")
                    .params(Date.valueOf(completedOn), now(), applicationId.value()).update();
        }
    }

    /**
     * Waits for any other transaction that writes this application's sums; the statements after it see what that
     * one committed. Nothing is locked when the row is not there yet.
     */
    private void lock(UUID applicationId) {
        jdbc.sql("SELECT application_id FROM statistics_application WHERE application_id = ? FOR UPDATE")
                .param(applicationId).query(UUID.class).optional();
    }

    /** Applications of the agency whose submission is registered (their country known). */
    Set<UUID> registered(String agency) {
        return new HashSet<>(jdbc.sql("SELECT application_id FROM statistics_application "
                        + "WHERE national_agency_code = ? AND applicant_country IS NOT NULL")
                .param(agency).query(UUID.class).list());
    }

    // ---- read by the page and the API ------------------------------------------------------------------------

    /**
     * The sums per call year, round, agency, action type, field and applicant country for the filter: one scan of
     * the filtered rows, a few thousand groups at most whatever the number of applications; the total, the
     * breakdowns and the cut-offs are added up from these groups.
     */
    List<RawCell> cells(StatisticsFilter filter) {
        List<Object> params = new ArrayList<>();
        String keys = "call_year, round_number, national_agency_code, action_type, field, applicant_country";
        String sql = "SELECT " + keys + ", " + AGGREGATES + " FROM statistics_application" + filter.where(params)
                + " GROUP BY " + keys + " ORDER BY " + keys;
        return jdbc.sql(sql).params(params).query((row, number) -> new RawCell(row.getInt("call_year"),
                row.getInt("round_number"), row.getString("national_agency_code"), row.getString("action_type"),
                row.getString("field"), row.getString("applicant_country"), tally(row))).list();
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

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
