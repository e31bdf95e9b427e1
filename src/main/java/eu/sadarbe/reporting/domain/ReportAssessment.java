package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.reporting.ReportId;

/**
 * The agency's assessment of one submitted report, kept beside it: the lines found ineligible with their reasons
 * (R-RED-02), the score out of the maximum with comments (R-RED-01), and once decided the final grant, what was paid
 * before and the payment order the decision gave. Nothing changes once it is decided.
 */
public class ReportAssessment {

    private final ReportId reportId;
    private final Map<String, IneligibleLine> ineligible = new LinkedHashMap<>();
    private @Nullable Integer score;
    private String comments = "";
    private @Nullable String scoredBy;
    private @Nullable Instant scoredAt;
    private @Nullable Decision decision;
    private int rowVersion;

    /** What was decided: the final grant's figures, the pre-financing paid, and the order that followed. */
    public record Decision(String decidedBy, Instant decidedAt, FinalGrant figures, BigDecimal paidBefore,
                           @Nullable UUID orderId, @Nullable PaymentKind orderKind,
                           @Nullable BigDecimal orderAmount, @Nullable LocalDate orderDueOn) {
    }

    public ReportAssessment(ReportId reportId) {
        this.reportId = reportId;
    }

    ReportAssessment(ReportId reportId, List<IneligibleLine> lines, @Nullable Integer score, String comments,
                     @Nullable String scoredBy, @Nullable Instant scoredAt, @Nullable Decision decision, int rowVersion) {
        this(reportId);
        lines.forEach(line -> ineligible.put(line.lineId(), line));
        this.score = score;
        this.comments = comments;
        this.scoredBy = scoredBy;
        this.scoredAt = scoredAt;
        this.decision = decision;
        this.rowVersion = rowVersion;
    }

    /** R-RED-02: the line and everything linked to it leaves the final grant; the reason is required. */
    public void markIneligible(String lineId, String reason, Set<String> lineIds, String officer, Instant at) {
        requireUndecided();
        if (!lineIds.contains(lineId)) {
            throw new ReportRefused("settlement.refused.unknownLine", "R-RED-02");
        }
        if (reason.isBlank()) {
            throw new ReportRefused("settlement.refused.ineligibleReasonMissing", "R-RED-02");
        }
        if (reason.strip().length() > 2000) {
            throw new ReportRefused("settlement.refused.tooLong", null, 2000);
        }
        ineligible.put(lineId, new IneligibleLine(lineId, reason.strip(), officer, at));
    }

    /** The officer takes back a line found ineligible. */
    public boolean undo(String lineId) {
        requireUndecided();
        return ineligible.remove(lineId) != null;
    }

    /** R-RED-01: the score (checked against the bands' maximum) and the comments. */
    public void score(int points, String remarks, ReductionBands bands, String officer, Instant at) {
        requireUndecided();
        bands.reductionFor(points);
        if (remarks.strip().length() > 10_000) {
            throw new ReportRefused("settlement.refused.tooLong", null, 10_000);
        }
        this.score = points;
        this.comments = remarks.strip();
        this.scoredBy = officer;
        this.scoredAt = at;
    }

    public void decided(Decision made) {
        requireUndecided();
        this.decision = made;
    }

    private void requireUndecided() {
        if (decision != null) {
            throw new ReportRefused("settlement.refused.decided", null);
        }
    }

    public ReportId reportId() {
        return reportId;
    }

    public Map<String, IneligibleLine> ineligible() {
        return Map.copyOf(ineligible);
    }

    public List<IneligibleLine> ineligibleLines() {
        return List.copyOf(ineligible.values());
    }

    public @Nullable Integer score() {
        return score;
    }

    public String comments() {
        return comments;
    }

    public @Nullable String scoredBy() {
        return scoredBy;
    }

    public @Nullable Instant scoredAt() {
        return scoredAt;
    }

    public @Nullable Decision decision() {
        return decision;
    }

    int rowVersion() {
        return rowVersion;
    }

    void loaded(int version) {
        this.rowVersion = version;
    }
}
