package eu.sadarbe.reporting.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.reporting.ReportId;

/**
 * Stores the agency's assessments of reports ({@code report_assessment}, {@code report_ineligible_line}) and the
 * final letters ({@code report_letter}): the one place with their SQL. A save checks the row version it loaded.
 */
@Repository
public class ReportAssessmentRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ReportAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportAssessment> find(ReportId reportId) {
        return jdbc.sql("SELECT * FROM report_assessment WHERE report_id = ?").param(reportId.value())
                .query(this::assessment).optional();
    }

    /** The report's assessment, a new empty one when the officer has not started it. */
    public ReportAssessment of(ReportId reportId) {
        return find(reportId).orElseGet(() -> new ReportAssessment(reportId));
    }

    public void save(ReportAssessment assessment) {
        ReportAssessment.Decision decision = assessment.decision();
        Object[] values = {assessment.score(), assessment.comments(), assessment.scoredBy(),
                timestamp(assessment.scoredAt()), decision == null ? null : decision.decidedBy(),
                decision == null ? null : timestamp(decision.decidedAt()),
                decision == null ? null : JSON.writeValueAsString(decision.figures()),
                decision == null ? null : decision.figures().awardedTotal(),
                decision == null ? null : decision.figures().finalGrant(),
                decision == null ? null : decision.figures().reduction().share(),
                decision == null ? null : decision.paidBefore(), decision == null ? null : decision.orderId(),
                decision == null || decision.orderKind() == null ? null : decision.orderKind().name(),
                decision == null ? null : decision.orderAmount(),
                decision == null || decision.orderDueOn() == null ? null : Date.valueOf(decision.orderDueOn()),
                assessment.reportId().value()};
        if (assessment.rowVersion() == 0) {
            jdbc.sql("""
                            INSERT INTO report_assessment (score, comments, scored_by, scored_at, decided_by, decided_at,
                                figures_json, awarded_total, final_grant, reduction_share, paid_before, payment_order_id,
                                payment_kind, payment_amount, payment_due_on, report_id, row_version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(values).update();
            assessment.loaded(1);
        } else {
            Object[] checked = java.util.Arrays.copyOf(values, values.length + 1);
            checked[values.length] = assessment.rowVersion();
            int updated = jdbc.sql("""
                            UPDATE report_assessment SET score = ?, comments = ?, scored_by = ?, scored_at = ?,
                                decided_by = ?, decided_at = ?, figures_json = ?, awarded_total = ?, final_grant = ?,
                                reduction_share = ?, paid_before = ?, payment_order_id = ?, payment_kind = ?,
                                payment_amount = ?, payment_due_on = ?, row_version = row_version + 1
                            WHERE report_id = ? AND row_version = ?""")
                    .params(checked).update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("Assessment of " + assessment.reportId() + " changed");
            }
            assessment.loaded(assessment.rowVersion() + 1);
        }
        jdbc.sql("DELETE FROM report_ineligible_line WHERE report_id = ?").param(assessment.reportId().value())
                .update();
        for (IneligibleLine line : assessment.ineligibleLines()) {
            jdbc.sql("INSERT INTO report_ineligible_line (report_id, line_id, reason, marked_by, marked_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(assessment.reportId().value(), line.lineId(), line.reason(), line.markedBy(),
                            Timestamp.from(line.markedAt()))
                    .update();
        }
    }

    public void storeLetter(ReportId reportId, String language, String sha256, byte[] content, Instant at) {
        jdbc.sql("DELETE FROM report_letter WHERE report_id = ?").param(reportId.value()).update();
        jdbc.sql("INSERT INTO report_letter (report_id, language, sha256, content, stored_at) VALUES (?, ?, ?, ?, ?)")
                .params(reportId.value(), language, sha256, content, Timestamp.from(at)).update();
    }

    public Optional<byte[]> letter(ReportId reportId) {
        return jdbc.sql("SELECT content FROM report_letter WHERE report_id = ?").param(reportId.value())
                .query((row, number) -> row.getBytes(1)).optional();
    }

    private ReportAssessment assessment(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("report_id", UUID.class);
        List<IneligibleLine> lines = jdbc.sql("SELECT * FROM report_ineligible_line WHERE report_id = ? "
                        + "ORDER BY marked_at, line_id").param(id)
                .query((line, index) -> new IneligibleLine(line.getString("line_id"), line.getString("reason"),
                        line.getString("marked_by"), line.getTimestamp("marked_at").toInstant()))
                .list();
        String figures = row.getString("figures_json");
        ReportAssessment.Decision decision = null;
        if (figures != null) {
            Date due = row.getDate("payment_due_on");
            String kind = row.getString("payment_kind");
            decision = new ReportAssessment.Decision(row.getString("decided_by"),
                    row.getTimestamp("decided_at").toInstant(), JSON.readValue(figures, FinalGrant.class),
                    row.getBigDecimal("paid_before"), row.getObject("payment_order_id", UUID.class),
                    kind == null ? null : PaymentKind.valueOf(kind), row.getBigDecimal("payment_amount"),
                    due == null ? null : due.toLocalDate());
        }
        Integer score = row.getObject("score") == null ? null : row.getInt("score");
        Timestamp scoredAt = row.getTimestamp("scored_at");
        return new ReportAssessment(new ReportId(id), lines, score, row.getString("comments"),
                row.getString("scored_by"), scoredAt == null ? null : scoredAt.toInstant(), decision,
                row.getInt("row_version"));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
