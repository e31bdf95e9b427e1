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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.applications.ApplicationId;

/**
 * The statistics read model ({@code statistics_application}, {@code statistics_agreement}), its sums per cell
 * ({@code statistics_cell}) and the aggregates the page and the API read.
 * <p>
 * The listeners keep one narrow row per application: each event replaces what an earlier one of its kind said
 * ("the latest decision counts"). Every change of a row also moves the row's contribution in its cell — call year,
 * round, agency, action type, field and applicant country, the grain the page and the API filter and group by — in
 * the same transaction: the old contribution out, the new one in, as increments ({@code SET received = received +
 * ?}), so that concurrent listeners each add their own and none is lost. The lowest selected score is the one sum
 * that cannot be taken out: when a selected application leaves the cell or its score changes, the cell's minimum is
 * recomputed from its rows by a statement that starts once this transaction holds the cell's row lock (the
 * increment took it), so it sees every other change of the cell committed. Locks are taken in one order: the
 * application's row, then its cells by key.
 * <p>
 * Performance (issue #21: p95 ≤ 200 ms with 30,000 applications): the page and the API read the cells of the filter
 * (a few thousand at most for the whole programme, however many applications there are) instead of summing the
 * year's rows on each request; the total, the breakdowns and the cut-offs are added up from them.
 */
@Repository
public class StatisticsRepository {

    private static final String KEYS =
            "call_year, round_number, national_agency_code, action_type, field, applicant_country";

    private static final String KEY_MATCHES = "call_year = ? AND round_number = ? AND national_agency_code = ? "
            + "AND action_type = ? AND field = ? AND applicant_country = ?";

    /** The counts a row adds to its cell, in this order ({@link Share#counts}). */
    private static final List<String> COUNTS = List.of("received", "awaiting_check", "eligible", "ineligible",
            "passed", "selected", "reserve", "rejected", "contracted", "completed", "requested_known",
            "requested_by_selected_known", "awarded_known", "completed_contracted_known", "completed_final_known");

    /** The amounts a row adds to its cell, in this order ({@link Share#sums}). */
    private static final List<String> SUMS = List.of("requested", "requested_by_selected", "awarded",
            "contracted_amount", "completed_contracted", "completed_final");

    private static final String ROW = "SELECT " + KEYS + ", requested_grant, eligible, final_score, passed, outcome, "
            + "granted, contracted_total, completed_on, final_grant FROM statistics_application WHERE application_id = ?";

    /** The cells' sums under the names {@link #tally} reads: a sum of no term is NULL, as SQL's SUM gives it. */
    private static final String AGGREGATES = """
            received, awaiting_check, eligible, ineligible, passed, selected, reserve, rejected, contracted,
            completed, requested_known,
            CASE WHEN requested_known > 0 THEN requested END AS requested,
            CASE WHEN requested_by_selected_known > 0 THEN requested_by_selected END AS requested_by_selected,
            CASE WHEN awarded_known > 0 THEN awarded END AS awarded,
            CASE WHEN contracted > 0 THEN contracted_amount END AS contracted_amount,
            CASE WHEN completed_contracted_known > 0 THEN completed_contracted END AS completed_contracted,
            CASE WHEN completed_final_known > 0 THEN completed_final END AS completed_final,
            lowest_selected_score""";

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
        int inserted = jdbc.sql("""
                        INSERT INTO statistics_application (application_id, application_number, national_agency_code,
                            call_year, round_number, action_type, field, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id.value(), number, agency, callYear, round, actionType, field, now()).update();
        if (inserted == 1) {
            move(Optional.empty(), share(id.value()));
        }
    }

    /** The submission that counts (R-SUB-01): the applicant's country and the grant it requests. */
    void submitted(ApplicationId id, String country, BigDecimal requested) {
        changing(id.value(), () -> jdbc.sql("UPDATE statistics_application SET applicant_country = ?, "
                        + "requested_grant = ?, updated_at = ? WHERE application_id = ?")
                .params(country, requested, now(), id.value()).update());
    }

    /** The latest formal check counts. */
    void formallyChecked(ApplicationId id, boolean eligible) {
        changing(id.value(), () -> jdbc.sql(
                        "UPDATE statistics_application SET eligible = ?, updated_at = ? WHERE application_id = ?")
                .params(eligible, now(), id.value()).update());
    }

    /** The latest consolidation counts (R-AWD-01…03). */
    void assessed(ApplicationId id, int total, boolean passed, BigDecimal requested) {
        changing(id.value(), () -> jdbc.sql("""
                        UPDATE statistics_application SET final_score = ?, passed = ?,
                            requested_grant = COALESCE(requested_grant, ?), updated_at = ?
                        WHERE application_id = ?""")
                .params(total, passed, requested, now(), id.value()).update());
    }

    /** The latest decision counts (R-AWD-05): SELECTED with its grant, RESERVE or REJECTED. */
    void decided(ApplicationId id, String outcome, @Nullable BigDecimal granted) {
        changing(id.value(), () -> jdbc.sql(
                        "UPDATE statistics_application SET outcome = ?, granted = ?, updated_at = ? WHERE application_id = ?")
                .params(outcome, granted, now(), id.value()).update());
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
        Optional<UUID> application = jdbc.sql("SELECT application_id FROM statistics_agreement WHERE agreement_id = ?")
                .param(agreementId).query(UUID.class).optional();
        if (application.isEmpty()) {
            return false;
        }
        lock(application.get());
        Optional<Share> before = share(application.get());
        int updated = jdbc.sql("UPDATE statistics_agreement SET awarded_total = ?, updated_at = ? WHERE agreement_id = ?")
                .params(awardedTotal, now(), agreementId).update();
        jdbc.sql("""
                        UPDATE statistics_application SET contracted_total = (SELECT SUM(a.awarded_total)
                            FROM statistics_agreement a WHERE a.application_id = statistics_application.application_id),
                            updated_at = ?
                        WHERE application_id = ?""")
                .params(now(), application.get()).update();
        move(before, share(application.get()));
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
            changing(applicationId.value(), () -> jdbc.sql("""
                            UPDATE statistics_application SET completed_on = ?, final_grant = (SELECT SUM(c.final_grant)
                                FROM statistics_completion c WHERE c.application_id = statistics_application.application_id),
                                updated_at = ?
                            WHERE application_id = ?""")
                    .params(Date.valueOf(completedOn), now(), applicationId.value()).update());
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

    /** Changes the application's row, the row locked first, and moves its contribution between the cells. */
    private void changing(UUID applicationId, Runnable change) {
        lock(applicationId);
        Optional<Share> before = share(applicationId);
        change.run();
        move(before, share(applicationId));
    }

    /** What the application's row adds to its cell now; empty when there is no row. */
    private Optional<Share> share(UUID applicationId) {
        return jdbc.sql(ROW).param(applicationId).query((row, number) -> Share.of(row)).optional();
    }

    /**
     * Takes a row's old contribution out of its cell and adds its new one: one increment when the cell stays, two
     * in the order of their keys when it changes (the country registered), then the lowest selected score of the old
     * cell recomputed if the score that left may have been it.
     */
    private void move(Optional<Share> before, Optional<Share> after) {
        if (before.equals(after)) {
            return;
        }
        Map<List<Object>, Share> changes = new TreeMap<>(StatisticsRepository::compareKeys);
        before.ifPresent(share -> changes.merge(share.key(), share.negated(), Share::plus));
        after.ifPresent(share -> changes.merge(share.key(), share, Share::plus));
        Integer entering = after.map(Share::selectedScore).orElse(null);
        Integer leaving = before.map(Share::selectedScore).orElse(null);
        boolean sameCell = before.isPresent() && after.isPresent() && before.get().key().equals(after.get().key());
        if (sameCell && Objects.equals(entering, leaving)) {
            entering = null;
            leaving = null;
        }
        for (Map.Entry<List<Object>, Share> change : changes.entrySet()) {
            boolean afterCell = after.isPresent() && after.get().key().equals(change.getKey());
            if (afterCell) {
                create(change.getKey());
            }
            add(change.getKey(), change.getValue(), afterCell ? entering : null);
        }
        if (leaving != null) {
            recomputeLowest(before.get().key(), leaving);
        }
    }

    /** The cell with nothing in it yet, unless it is there. */
    private void create(List<Object> key) {
        jdbc.sql("INSERT INTO statistics_cell (" + KEYS + ", " + String.join(", ", COUNTS) + ", "
                        + String.join(", ", SUMS) + ") VALUES (?, ?, ?, ?, ?, ?"
                        + ", 0".repeat(COUNTS.size() + SUMS.size()) + ") ON CONFLICT DO NOTHING")
                .params(key).update();
    }

    /** Adds the share to the cell's counts and sums, and a selected score entering it to its lowest. */
    private void add(List<Object> key, Share share, @Nullable Integer entering) {
        List<String> sets = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < COUNTS.size(); i++) {
            sets.add(COUNTS.get(i) + " = " + COUNTS.get(i) + " + ?");
            params.add(share.counts().get(i));
        }
        for (int i = 0; i < SUMS.size(); i++) {
            sets.add(SUMS.get(i) + " = " + SUMS.get(i) + " + ?");
            params.add(share.sums().get(i));
        }
        if (entering != null) {
            sets.add("lowest_selected_score = CASE WHEN lowest_selected_score IS NULL OR lowest_selected_score > ? "
                    + "THEN ? ELSE lowest_selected_score END");
            params.add(entering);
            params.add(entering);
        }
        params.addAll(key);
        jdbc.sql("UPDATE statistics_cell SET " + String.join(", ", sets) + " WHERE " + KEY_MATCHES)
                .params(params).update();
    }

    /** The cell's lowest selected score again from its rows, when the score that left was it. */
    private void recomputeLowest(List<Object> key, int leaving) {
        List<Object> params = new ArrayList<>(key);
        params.addAll(key);
        params.add(leaving);
        jdbc.sql("""
                        UPDATE statistics_cell SET lowest_selected_score = (SELECT MIN(a.final_score)
                            FROM statistics_application a WHERE a.call_year = ? AND a.round_number = ?
                            AND a.national_agency_code = ? AND a.action_type = ? AND COALESCE(a.field, '') = ?
                            AND COALESCE(a.applicant_country, '') = ? AND a.outcome = 'SELECTED')
                        WHERE\s""" + KEY_MATCHES + " AND lowest_selected_score = ?")
                .params(params).update();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> one, List<Object> other) {
        for (int i = 0; i < one.size(); i++) {
            int compared = ((Comparable) one.get(i)).compareTo(other.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    /** Applications of the agency whose submission is registered (their country known). */
    Set<UUID> registered(String agency) {
        return new HashSet<>(jdbc.sql("SELECT application_id FROM statistics_application "
                        + "WHERE national_agency_code = ? AND applicant_country IS NOT NULL")
                .param(agency).query(UUID.class).list());
    }

    // ---- read by the page and the API ------------------------------------------------------------------------

    /**
     * The sums per call year, round, agency, action type, field and applicant country for the filter, from the cells
     * the listeners keep: a few thousand at most whatever the number of applications; the total, the breakdowns and
     * the cut-offs are added up from these. Each sum reads as SQL's {@code SUM} over the cell's rows gives it (none
     * when no row adds a term to it), and a cell whose rows have all moved to another is left out.
     */
    List<RawCell> cells(StatisticsFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        String sql = "SELECT call_year, round_number, national_agency_code, action_type, "
                + "NULLIF(field, '') AS cell_field, NULLIF(applicant_country, '') AS cell_country, " + AGGREGATES
                + " FROM statistics_cell" + (where.isEmpty() ? " WHERE " : where + " AND ") + "received > 0"
                + " ORDER BY call_year, round_number, national_agency_code, action_type, cell_field, cell_country";
        return jdbc.sql(sql).params(params).query((row, number) -> new RawCell(row.getInt("call_year"),
                row.getInt("round_number"), row.getString("national_agency_code"), row.getString("action_type"),
                row.getString("cell_field"), row.getString("cell_country"), tally(row))).list();
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

    /**
     * What one application's row adds to its cell: the cell's key (a field or country not known as ''), the counts
     * and amounts in the order of {@link #COUNTS} and {@link #SUMS}, and its final score while it is selected.
     */
    private record Share(List<Object> key, List<Long> counts, List<BigDecimal> sums,
                         @Nullable Integer selectedScore) {

        static Share of(ResultSet row) throws SQLException {
            Boolean eligible = row.getObject("eligible", Boolean.class);
            Boolean passed = row.getObject("passed", Boolean.class);
            String outcome = row.getString("outcome");
            boolean selected = "SELECTED".equals(outcome);
            BigDecimal requested = row.getBigDecimal("requested_grant");
            BigDecimal granted = row.getBigDecimal("granted");
            BigDecimal contracted = row.getBigDecimal("contracted_total");
            boolean completed = row.getObject("completed_on") != null;
            BigDecimal finalGrant = row.getBigDecimal("final_grant");
            Integer score = row.getObject("final_score", Integer.class);
            List<Object> key = List.of(row.getInt("call_year"), row.getInt("round_number"),
                    row.getString("national_agency_code"), row.getString("action_type"),
                    Objects.requireNonNullElse(row.getString("field"), ""),
                    Objects.requireNonNullElse(row.getString("applicant_country"), ""));
            List<Long> counts = List.of(1L, one(eligible == null), one(Boolean.TRUE.equals(eligible)),
                    one(Boolean.FALSE.equals(eligible)), one(Boolean.TRUE.equals(passed)), one(selected),
                    one("RESERVE".equals(outcome)), one("REJECTED".equals(outcome)), one(contracted != null),
                    one(completed), one(requested != null), one(selected && requested != null),
                    one(selected && granted != null), one(completed && contracted != null),
                    one(completed && finalGrant != null));
            List<BigDecimal> sums = List.of(amount(requested), amount(selected ? requested : null),
                    amount(selected ? granted : null), amount(contracted), amount(completed ? contracted : null),
                    amount(completed ? finalGrant : null));
            return new Share(key, counts, sums, selected ? score : null);
        }

        Share negated() {
            return new Share(key, counts.stream().map(count -> -count).toList(),
                    sums.stream().map(BigDecimal::negate).toList(), null);
        }

        Share plus(Share other) {
            List<Long> addedCounts = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                addedCounts.add(counts.get(i) + other.counts.get(i));
            }
            List<BigDecimal> addedSums = new ArrayList<>();
            for (int i = 0; i < sums.size(); i++) {
                addedSums.add(sums.get(i).add(other.sums.get(i)));
            }
            return new Share(key, addedCounts, addedSums, null);
        }

        private static long one(boolean counted) {
            return counted ? 1 : 0;
        }

        private static BigDecimal amount(@Nullable BigDecimal value) {
            return value == null ? BigDecimal.ZERO : value;
        }
    }
}
