package eu.sadarbe.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.assessment.scoring.Criterion;
import eu.sadarbe.assessment.scoring.ScoreProblem;
import eu.sadarbe.assessment.scoring.Scores;

/**
 * The officer's final score: the suggestion as offered, or overridden with a reason; and the one assessment comment
 * for the decision letter, as proposed or as the officer rewrote it (issue 17).
 */
public record ConsolidationForm(@Nullable String relevance, @Nullable String design, @Nullable String team,
                                @Nullable String impact, @Nullable String overrideReason,
                                @Nullable String recommendedGrant, @Nullable String assessmentComment) {

    static ConsolidationForm of(Scores suggestion, @Nullable BigDecimal grant, String comment) {
        return new ConsolidationForm(String.valueOf(suggestion.relevance()), String.valueOf(suggestion.design()),
                String.valueOf(suggestion.team()), String.valueOf(suggestion.impact()), "",
                grant == null ? "" : grant.toPlainString(), comment);
    }

    public @Nullable String points(Criterion criterion) {
        return switch (criterion) {
            case RELEVANCE -> relevance;
            case DESIGN -> design;
            case TEAM -> team;
            case IMPACT -> impact;
        };
    }

    @Nullable Scores scores(List<ScoreProblem> problems) {
        List<Integer> points = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            String text = points(criterion);
            try {
                points.add(Integer.valueOf(text == null ? "" : text.strip()));
            } catch (NumberFormatException notWhole) {
                problems.add(new ScoreProblem(criterion.key(), "scoring.error.notWhole", List.of()));
            }
        }
        return points.size() == 4 ? new Scores(points.get(0), points.get(1), points.get(2), points.get(3)) : null;
    }

    @Nullable BigDecimal grant(List<ScoreProblem> problems) {
        if (recommendedGrant == null || recommendedGrant.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(recommendedGrant.strip().replace(',', '.'));
        } catch (NumberFormatException notAnAmount) {
            problems.add(new ScoreProblem("recommendedGrant", "scoring.error.notAnAmount", List.of()));
            return null;
        }
    }
}
