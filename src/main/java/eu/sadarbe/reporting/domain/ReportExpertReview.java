package eu.sadarbe.reporting.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.reporting.ReportId;

/**
 * An expert of the agency's pool assigned to assess a submitted final report (issue 19 item 4): offered by the
 * officer once the conflict-of-interest checks found none; the expert declares, before reading, whether they have a
 * conflict (one releases the assignment); then scores the report out of the call year's maximum with comments
 * (R-RED-01), once. The score is the expert's advice: the report's score is the one the officer keeps
 * ({@link ReportAssessment}), the expert's taken or the officer's own.
 */
public class ReportExpertReview {

    /** Where the expert's work stands. */
    public enum Status {
        OFFERED, ACCEPTED, CONFLICT_DECLARED, SCORED;

        /** The expert still has the report in hand: offered, accepted or scored (not released). */
        public boolean counts() {
            return this != CONFLICT_DECLARED;
        }
    }

    private final ReportId reportId;
    private final AccountId expertId;
    private final String expertEmail;
    private final String expertName;
    private Status status;
    private @Nullable String conflictReason;
    private @Nullable Integer score;
    private String comments;
    private final String assignedBy;
    private final Instant assignedAt;
    private @Nullable Instant declaredAt;
    private @Nullable Instant scoredAt;
    private int rowVersion;

    ReportExpertReview(ReportId reportId, AccountId expertId, String expertEmail, String expertName, Status status,
                       @Nullable String conflictReason, @Nullable Integer score, String comments, String assignedBy,
                       Instant assignedAt, @Nullable Instant declaredAt, @Nullable Instant scoredAt, int rowVersion) {
        this.reportId = reportId;
        this.expertId = expertId;
        this.expertEmail = expertEmail;
        this.expertName = expertName;
        this.status = status;
        this.conflictReason = conflictReason;
        this.score = score;
        this.comments = comments;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.declaredAt = declaredAt;
        this.scoredAt = scoredAt;
        this.rowVersion = rowVersion;
    }

    /** The officer offers the report to an expert free of conflicts (the caller checked); nothing declared yet. */
    public static ReportExpertReview offer(ReportId reportId, AccountId expertId, String expertEmail,
                                           String expertName, String officer, Instant at) {
        return new ReportExpertReview(reportId, expertId, expertEmail, expertName, Status.OFFERED, null, null, "",
                officer, at, null, null, 0);
    }

    /** Another expert may take this one's place unless this one has scored the report. */
    public void requireReplaceable() {
        if (status == Status.SCORED) {
            throw new ReportRefused("reportExperts.refused.scoredAlready", "R-RED-01");
        }
    }

    /** The expert declares, before reading the report, a conflict of interest (in their words) or none. */
    public void declare(boolean conflict, @Nullable String words, Instant at) {
        if (status != Status.OFFERED) {
            throw new ReportRefused("reportExperts.refused.declaredAlready", null);
        }
        if (conflict && (words == null || words.isBlank())) {
            throw new ReportRefused("reportExperts.refused.conflictReasonMissing", null);
        }
        if (words != null && words.strip().length() > 2000) {
            throw new ReportRefused("settlement.refused.tooLong", null, 2000);
        }
        this.status = conflict ? Status.CONFLICT_DECLARED : Status.ACCEPTED;
        this.conflictReason = conflict ? words.strip() : null;
        this.declaredAt = at;
    }

    /** R-RED-01: the expert's score (checked against the bands' maximum) with comments, once. */
    public void score(int points, String remarks, ReductionBands bands, Instant at) {
        if (status == Status.OFFERED) {
            throw new ReportRefused("reportExperts.refused.declareFirst", null);
        }
        if (status != Status.ACCEPTED) {
            throw new ReportRefused("reportExperts.refused.scoredAlready", "R-RED-01");
        }
        bands.reductionFor(points);
        if (remarks.isBlank()) {
            throw new ReportRefused("reportExperts.refused.commentsMissing", "R-RED-01");
        }
        if (remarks.strip().length() > 10_000) {
            throw new ReportRefused("settlement.refused.tooLong", null, 10_000);
        }
        this.score = points;
        this.comments = remarks.strip();
        this.scoredAt = at;
        this.status = Status.SCORED;
    }

    public boolean isOf(AccountId account) {
        return expertId.equals(account);
    }

    public ReportId reportId() {
        return reportId;
    }

    public AccountId expertId() {
        return expertId;
    }

    public String expertEmail() {
        return expertEmail;
    }

    public String expertName() {
        return expertName;
    }

    public Status status() {
        return status;
    }

    public @Nullable String conflictReason() {
        return conflictReason;
    }

    public @Nullable Integer score() {
        return score;
    }

    public String comments() {
        return comments;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public @Nullable Instant declaredAt() {
        return declaredAt;
    }

    public @Nullable Instant scoredAt() {
        return scoredAt;
    }

    int rowVersion() {
        return rowVersion;
    }

    void loaded(int version) {
        this.rowVersion = version;
    }
}
