package eu.sadarbe.reporting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.reporting.ReportId;

/**
 * Stores the experts assigned to final reports ({@code report_expert_review}): the one place with its SQL. Assigning
 * another expert replaces the report's row; a save checks the row version it loaded.
 */
@Repository
public class ReportExpertReviewRepository {

    private final JdbcClient jdbc;

    ReportExpertReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportExpertReview> find(ReportId reportId) {
        return jdbc.sql("SELECT * FROM report_expert_review WHERE report_id = ?").param(reportId.value())
                .query(ReportExpertReviewRepository::review).optional();
    }

    /** The expert's assignments, newest first. */
    public List<ReportExpertReview> ofExpert(AccountId expertId) {
        return jdbc.sql("SELECT * FROM report_expert_review WHERE expert_id = ? ORDER BY assigned_at DESC, report_id")
                .param(expertId.value()).query(ReportExpertReviewRepository::review).list();
    }

    /** Puts the report's new assignment in place of the one loaded before ({@code replaced}, if any). */
    public void replace(@Nullable ReportExpertReview replaced, ReportExpertReview review) {
        if (replaced != null) {
            int deleted = jdbc.sql("DELETE FROM report_expert_review WHERE report_id = ? AND row_version = ?")
                    .params(replaced.reportId().value(), replaced.rowVersion()).update();
            if (deleted == 0) {
                throw changedMeanwhile();
            }
        }
        try {
            jdbc.sql("""
                            INSERT INTO report_expert_review (report_id, expert_id, expert_email, expert_name, status,
                                conflict_reason, score, comments, assigned_by, assigned_at, declared_at, scored_at,
                                row_version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(review.reportId().value(), review.expertId().value(), review.expertEmail(),
                            review.expertName(), review.status().name(), review.conflictReason(), review.score(),
                            review.comments(), review.assignedBy(), Timestamp.from(review.assignedAt()),
                            timestamp(review.declaredAt()), timestamp(review.scoredAt()))
                    .update();
        } catch (DuplicateKeyException twice) {
            throw changedMeanwhile();
        }
        review.loaded(1);
    }

    /** Saves the expert's declaration or score. */
    public void save(ReportExpertReview review) {
        int updated = jdbc.sql("""
                        UPDATE report_expert_review SET status = ?, conflict_reason = ?, score = ?, comments = ?,
                            declared_at = ?, scored_at = ?, row_version = row_version + 1
                        WHERE report_id = ? AND expert_id = ? AND row_version = ?""")
                .params(review.status().name(), review.conflictReason(), review.score(), review.comments(),
                        timestamp(review.declaredAt()), timestamp(review.scoredAt()), review.reportId().value(),
                        review.expertId().value(), review.rowVersion())
                .update();
        if (updated == 0) {
            throw changedMeanwhile();
        }
        review.loaded(review.rowVersion() + 1);
    }

    /** Someone else assigned, declared or scored at the same moment: the page says so, and shows what stands now. */
    private static ReportRefused changedMeanwhile() {
        return new ReportRefused("reportExperts.refused.changedMeanwhile", null);
    }

    private static ReportExpertReview review(ResultSet row, int number) throws SQLException {
        Integer score = row.getObject("score") == null ? null : row.getInt("score");
        return new ReportExpertReview(new ReportId(row.getObject("report_id", UUID.class)),
                new AccountId(row.getObject("expert_id", UUID.class)), row.getString("expert_email"),
                row.getString("expert_name"), ReportExpertReview.Status.valueOf(row.getString("status")),
                row.getString("conflict_reason"), score, row.getString("comments"), row.getString("assigned_by"),
                row.getTimestamp("assigned_at").toInstant(), instant(row.getTimestamp("declared_at")),
                instant(row.getTimestamp("scored_at")), row.getInt("row_version"));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
