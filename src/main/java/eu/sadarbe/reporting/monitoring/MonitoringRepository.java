package eu.sadarbe.reporting.monitoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;

/**
 * The monitoring read model ({@code monitoring_report}, {@code monitoring_completion}) and a narrow read of the
 * reports' due dates and statuses: the portfolio needs those of every report of the agency at once, without loading
 * each report's sections and audit as {@code ReportRepository} does for one report.
 */
@Repository
class MonitoringRepository {

    private final JdbcClient jdbc;

    MonitoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a submitted report claims; a report submitted again replaces it. */
    void reported(ReportId reportId, GrantAgreementId agreementId, String agency, ReportKind kind,
                  @Nullable BigDecimal total, Instant submittedAt, Instant now) {
        jdbc.sql("DELETE FROM monitoring_report WHERE report_id = ?").param(reportId.value()).update();
        jdbc.sql("""
                        INSERT INTO monitoring_report (report_id, agreement_id, agency_code, kind, reported_total,
                            submitted_at, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId.value(), agreementId.value(), agency, kind.name(), total,
                        Timestamp.from(submittedAt), Timestamp.from(now))
                .update();
    }

    void completed(GrantAgreementId agreementId, String agency, BigDecimal finalGrant, int score,
                   BigDecimal reductionShare, LocalDate completedOn) {
        jdbc.sql("DELETE FROM monitoring_completion WHERE agreement_id = ?").param(agreementId.value()).update();
        jdbc.sql("""
                        INSERT INTO monitoring_completion (agreement_id, agency_code, final_grant, report_score,
                            reduction_share, completed_on) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(agreementId.value(), agency, finalGrant, score, reductionShare, Date.valueOf(completedOn))
                .update();
    }

    /** Every report of the agency (or of one agreement), with what its submission claimed when it was submitted. */
    List<ReportState> reports(@Nullable String agency, @Nullable GrantAgreementId agreementId) {
        String where = agreementId != null ? "r.agreement_id = ?" : "r.national_agency_code = ?";
        Object key = agreementId != null ? agreementId.value() : agency;
        return jdbc.sql("""
                        SELECT r.id, r.agreement_id, r.kind, r.status, r.due_on, r.submitted_at, m.reported_total
                        FROM project_report r LEFT JOIN monitoring_report m ON m.report_id = r.id
                        WHERE\s""" + where + " ORDER BY r.agreement_id, r.kind")
                .param(key)
                .query((row, number) -> {
                    Timestamp submitted = row.getTimestamp("submitted_at");
                    return new ReportState(new ReportId(row.getObject("id", UUID.class)),
                            new GrantAgreementId(row.getObject("agreement_id", UUID.class)),
                            ReportKind.valueOf(row.getString("kind")), ReportStatus.valueOf(row.getString("status")),
                            row.getDate("due_on").toLocalDate(), submitted == null ? null : submitted.toInstant(),
                            row.getBigDecimal("reported_total"));
                }).list();
    }

    List<Completion> completions(@Nullable String agency, @Nullable GrantAgreementId agreementId) {
        String where = agreementId != null ? "agreement_id = ?" : "agency_code = ?";
        Object key = agreementId != null ? agreementId.value() : agency;
        return jdbc.sql("SELECT * FROM monitoring_completion WHERE " + where).param(key)
                .query((row, number) -> new Completion(
                        new GrantAgreementId(row.getObject("agreement_id", UUID.class)),
                        row.getBigDecimal("final_grant"), row.getInt("report_score"),
                        row.getBigDecimal("reduction_share"), row.getDate("completed_on").toLocalDate()))
                .list();
    }
}
