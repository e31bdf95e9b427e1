package eu.sadarbe.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;

/**
 * The award rules with the figures of one call year (R-GEN-01): the criteria's maxima (R-AWD-01), the pass rule
 * (R-AWD-02), how many experts assess each application and when a third expert is needed (R-AWD-03).
 */
public record AwardRules(Map<Criterion, Integer> maxima, int passTotal, BigDecimal passCriterionShare,
                         int thirdExpertDifference, int expertsPerApplication) {

    public AwardRules {
        maxima = Map.copyOf(maxima);
    }

    public static AwardRules of(RuleParameters parameters) {
        Map<Criterion, Integer> maxima = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            maxima.put(criterion, parameters.whole(criterion.maximumFigure()));
        }
        return new AwardRules(maxima, parameters.whole(RuleFigure.AWARD_PASS_TOTAL),
                parameters.amount(RuleFigure.AWARD_PASS_CRITERION_SHARE),
                parameters.whole(RuleFigure.AWARD_THIRD_EXPERT_DIFFERENCE),
                parameters.whole(RuleFigure.AWARD_EXPERTS_PER_APPLICATION));
    }

    /** R-AWD-01: the most points the criterion may get. */
    public int maximum(Criterion criterion) {
        return maxima.get(criterion);
    }

    /** R-AWD-02: the fewest points the criterion needs to pass (half its maximum with the 2014–2020 figures). */
    public BigDecimal threshold(Criterion criterion) {
        return passCriterionShare.multiply(BigDecimal.valueOf(maximum(criterion)));
    }

    /** R-AWD-02: a total of at least the pass mark and at least the share of each criterion's maximum. */
    public boolean passes(Scores scores) {
        if (scores.total() < passTotal) {
            return false;
        }
        for (Criterion criterion : Criterion.values()) {
            if (BigDecimal.valueOf(scores.of(criterion)).compareTo(threshold(criterion)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * R-AWD-03: whether the regular (not third) experts' submitted assessments are all there, so that the third
     * expert rule can be applied and the scores consolidated.
     */
    public boolean allRegularAssessmentsIn(int submittedRegular) {
        return submittedRegular == expertsPerApplication;
    }

    /**
     * R-AWD-03: a third expert when the two totals differ by the figure or more, unless both totals are below the
     * pass mark (the application fails either way).
     */
    public boolean needsThirdExpert(int firstTotal, int secondTotal) {
        return needsThirdExpert(List.of(firstTotal, secondTotal));
    }

    /**
     * R-AWD-03 for the totals of the regular experts: a third expert when the highest and the lowest differ by the
     * figure or more, unless all are below the pass mark.
     */
    public boolean needsThirdExpert(List<Integer> totals) {
        if (totals.isEmpty()) {
            return false;
        }
        int highest = totals.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int lowest = totals.stream().mapToInt(Integer::intValue).min().orElseThrow();
        return highest - lowest >= thirdExpertDifference && highest >= passTotal;
    }

    /**
     * The suggested final score: with two assessments their mean, with three the mean of the two whose totals lie
     * closest (on a tie, the earlier pair in the order the experts were assigned). Each criterion's mean is rounded
     * half up to whole points, and the total is the sum of the rounded criteria.
     */
    public static Scores suggestion(List<Scores> assessments) {
        List<Scores> counted = assessments.size() <= 2 ? assessments : closestTwo(assessments);
        Map<Criterion, Integer> mean = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            int sum = counted.stream().mapToInt(scores -> scores.of(criterion)).sum();
            mean.put(criterion, BigDecimal.valueOf(sum)
                    .divide(BigDecimal.valueOf(counted.size()), 0, RoundingMode.HALF_UP).intValueExact());
        }
        return Scores.of(mean);
    }

    /** Positions (0-based) of the assessments the suggestion counts. */
    public static List<Integer> counted(List<Scores> assessments) {
        if (assessments.size() <= 2) {
            return java.util.stream.IntStream.range(0, assessments.size()).boxed().toList();
        }
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}};
        int[] best = pairs[0];
        for (int[] pair : pairs) {
            if (difference(assessments, pair) < difference(assessments, best)) {
                best = pair;
            }
        }
        return List.of(best[0], best[1]);
    }

    private static List<Scores> closestTwo(List<Scores> assessments) {
        return counted(assessments).stream().map(assessments::get).toList();
    }

    private static int difference(List<Scores> assessments, int[] pair) {
        return Math.abs(assessments.get(pair[0]).total() - assessments.get(pair[1]).total());
    }
}
