package eu.sadarbe.calls.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.FigureChange;
import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.Participation;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.shared.CountryCode;

/**
 * An administrator corrects a rule figure (R-GEN-01): a data change, not a release. Every correction is kept
 * with who, when, before, after and why, and moves the revision so that every node reloads its figures.
 */
@Service
public class RuleFigureCorrections {

    private final JdbcClient jdbc;
    private final RuleBook rules;
    private final Clock clock;

    RuleFigureCorrections(JdbcClient jdbc, RuleBook rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /** Corrects a figure for one action type, or for every action type with {@code actionType} "*". */
    @Transactional
    public void correctFigure(int callYear, String actionType, RuleFigure name, BigDecimal amount, FigureStatus status,
                              String reason, String changedBy) {
        var before = jdbc.sql("SELECT amount, status FROM rule_figure WHERE call_year = :y AND action_type = :t AND name = :n")
                .param("y", callYear).param("t", actionType).param("n", name.name())
                .query((rs, row) -> new Before(rs.getBigDecimal("amount"), rs.getString("status"))).optional();
        if (before.isPresent()) {
            jdbc.sql("UPDATE rule_figure SET amount = :a, status = :s WHERE call_year = :y AND action_type = :t AND name = :n")
                    .param("a", amount).param("s", status.flag())
                    .param("y", callYear).param("t", actionType).param("n", name.name()).update();
        } else {
            jdbc.sql("INSERT INTO rule_figure (call_year, action_type, name, amount, status) VALUES (:y, :t, :n, :a, :s)")
                    .param("a", amount).param("s", status.flag())
                    .param("y", callYear).param("t", actionType).param("n", name.name()).update();
        }
        // A first correction for one action type replaces the default for every type: that was the figure before.
        Before inForce = before.or(() -> jdbc.sql(
                        "SELECT amount, status FROM rule_figure WHERE call_year = :y AND action_type = '*' AND name = :n")
                .param("y", callYear).param("n", name.name())
                .query((rs, row) -> new Before(rs.getBigDecimal("amount"), rs.getString("status"))).optional())
                .orElse(null);
        record(callYear + "/" + actionType + "/" + name.name(), inForce, amount, status, reason, changedBy);
    }

    @Transactional
    public void correctDistanceBand(int callYear, DistancePurpose purpose, int fromKm, BigDecimal amount,
                                    FigureStatus status, String reason, String changedBy) {
        var before = jdbc.sql("SELECT amount, status FROM rule_distance_band WHERE call_year = :y AND purpose = :p AND from_km = :f")
                .param("y", callYear).param("p", purpose.name()).param("f", fromKm)
                .query((rs, row) -> new Before(rs.getBigDecimal("amount"), rs.getString("status"))).optional()
                .orElseThrow(() -> new IllegalArgumentException("No such distance band"));
        jdbc.sql("UPDATE rule_distance_band SET amount = :a, status = :s WHERE call_year = :y AND purpose = :p AND from_km = :f")
                .param("a", amount).param("s", status.flag())
                .param("y", callYear).param("p", purpose.name()).param("f", fromKm).update();
        record(callYear + "/" + purpose.name() + "/" + fromKm + "km", before, amount, status, reason, changedBy);
    }

    @Transactional
    public void correctDayRate(int callYear, String rateGroup, StaffCategory category, BigDecimal amount,
                               FigureStatus status, String reason, String changedBy) {
        var before = jdbc.sql("SELECT amount, status FROM rule_io_day_rate WHERE call_year = :y AND rate_group = :g AND staff_category = :c")
                .param("y", callYear).param("g", rateGroup).param("c", category.name())
                .query((rs, row) -> new Before(rs.getBigDecimal("amount"), rs.getString("status"))).optional()
                .orElseThrow(() -> new IllegalArgumentException("No such day rate"));
        jdbc.sql("UPDATE rule_io_day_rate SET amount = :a, status = :s WHERE call_year = :y AND rate_group = :g AND staff_category = :c")
                .param("a", amount).param("s", status.flag())
                .param("y", callYear).param("g", rateGroup).param("c", category.name()).update();
        record(callYear + "/IO/" + rateGroup + "/" + category.name(), before, amount, status, reason, changedBy);
    }

    /**
     * R-CTRY-01: a country's participation (Programme or Partner Country) and its day-rate group in one call year.
     * Programme Countries use the groups A–D, Partner Countries PA–PD (rules file §4.3).
     */
    @Transactional
    public void correctCountry(int callYear, CountryCode country, Participation participation, String rateGroup,
                               String reason, String changedBy) {
        boolean programmeGroup = PROGRAMME_GROUPS.contains(rateGroup);
        if (!programmeGroup && !PARTNER_GROUPS.contains(rateGroup)
                || programmeGroup != (participation == Participation.PROGRAMME)) {
            throw new RateGroupNotForParticipation(participation, rateGroup);
        }
        String before = jdbc.sql("""
                        SELECT participation, io_rate_group FROM country_participation
                        WHERE country_code = :c AND call_year = :y""")
                .param("c", country.value()).param("y", callYear)
                .query((rs, row) -> rs.getString("participation") + " " + rs.getString("io_rate_group")).optional()
                .orElseThrow(() -> new IllegalArgumentException("No such country in the call year"));
        jdbc.sql("""
                        UPDATE country_participation SET participation = :p, io_rate_group = :g
                        WHERE country_code = :c AND call_year = :y""")
                .param("p", participation.name()).param("g", rateGroup)
                .param("c", country.value()).param("y", callYear).update();
        long revision = revised();
        jdbc.sql("""
                        INSERT INTO rule_figure_change (id, changed_at, changed_by, figure, old_text, new_text, reason,
                                                        revision)
                        VALUES (:id, :at, :by, :figure, :oldText, :newText, :reason, :revision)""")
                .param("id", UUID.randomUUID()).param("revision", revision)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", changedBy).param("figure", callYear + "/COUNTRY/" + country.value())
                .param("oldText", before).param("newText", participation.name() + " " + rateGroup)
                .param("reason", reason)
                .update();
    }

    @Transactional(readOnly = true)
    public List<FigureChange> history(int limit) {
        return jdbc.sql("SELECT * FROM rule_figure_change ORDER BY changed_at DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new FigureChange(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by"), rs.getString("figure"), rs.getBigDecimal("old_amount"),
                        rs.getBigDecimal("new_amount"), rs.getString("old_status"), rs.getString("new_status"),
                        rs.getString("old_text"), rs.getString("new_text"), rs.getString("reason")))
                .list();
    }

    private void record(String figure, @Nullable Before before, BigDecimal amount, FigureStatus status, String reason,
                        String changedBy) {
        jdbc.sql("""
                        INSERT INTO rule_figure_change (id, changed_at, changed_by, figure, old_amount, new_amount,
                                                        old_status, new_status, reason, revision)
                        VALUES (:id, :at, :by, :figure, :oldAmount, :newAmount, :oldStatus, :newStatus, :reason,
                                :revision)""")
                .param("id", UUID.randomUUID()).param("revision", revised())
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", changedBy).param("figure", figure)
                .param("oldAmount", before == null ? null : before.amount(), java.sql.Types.DECIMAL)
                .param("newAmount", amount)
                .param("oldStatus", before == null ? null : before.status(), java.sql.Types.CHAR)
                .param("newStatus", status.flag()).param("reason", reason)
                .update();
    }

    /**
     * Moves the revision, so every node reloads its figures; this node drops its copies after the commit. Returns
     * the new revision, kept with the correction (submissions keep theirs, issue 13 item 14).
     */
    private long revised() {
        jdbc.sql("UPDATE rule_figure_revision SET revision = revision + 1 WHERE id = 1").update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rules.forget();
            }
        });
        return jdbc.sql("SELECT revision FROM rule_figure_revision WHERE id = 1").query(Long.class).single();
    }

    private record Before(BigDecimal amount, String status) {
    }

    private static final java.util.Set<String> PROGRAMME_GROUPS = java.util.Set.of("A", "B", "C", "D");
    private static final java.util.Set<String> PARTNER_GROUPS = java.util.Set.of("PA", "PB", "PC", "PD");
}
