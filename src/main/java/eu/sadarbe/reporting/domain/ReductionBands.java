package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;

import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;

/**
 * R-RED-01: a final report scored below {@code below} points (of {@code maximum}) has its final grant reduced — by the
 * light share from {@code lightFrom}, by the medium share from {@code mediumFrom}, by the heavy share below that. The
 * figures are the call year's; a score of exactly 25 falls in the band {@code mediumFrom} says (docs/reporting.md).
 */
public record ReductionBands(int maximum, int below, int lightFrom, BigDecimal lightShare, int mediumFrom,
                             BigDecimal mediumShare, BigDecimal heavyShare, FigureStatus mediumFromStatus) {

    public static ReductionBands of(RuleParameters parameters) {
        return new ReductionBands(parameters.whole(RuleFigure.FINAL_REPORT_MAXIMUM_SCORE),
                parameters.whole(RuleFigure.REDUCTION_BELOW_SCORE),
                parameters.whole(RuleFigure.REDUCTION_LIGHT_FROM_SCORE),
                parameters.amount(RuleFigure.REDUCTION_LIGHT_SHARE),
                parameters.whole(RuleFigure.REDUCTION_MEDIUM_FROM_SCORE),
                parameters.amount(RuleFigure.REDUCTION_MEDIUM_SHARE),
                parameters.amount(RuleFigure.REDUCTION_HEAVY_SHARE),
                parameters.figure(RuleFigure.REDUCTION_MEDIUM_FROM_SCORE).status());
    }

    /** The reduction a score brings; a score outside 0 to the maximum is refused. */
    public Reduction reductionFor(int score) {
        if (score < 0 || score > maximum) {
            throw new ReportRefused("settlement.refused.score", "R-RED-01", maximum);
        }
        if (score >= below) {
            return new Reduction(score, Reduction.Band.NONE, BigDecimal.ZERO);
        }
        if (score >= lightFrom) {
            return new Reduction(score, Reduction.Band.LIGHT, lightShare);
        }
        if (score >= mediumFrom) {
            return new Reduction(score, Reduction.Band.MEDIUM, mediumShare);
        }
        return new Reduction(score, Reduction.Band.HEAVY, heavyShare);
    }
}
