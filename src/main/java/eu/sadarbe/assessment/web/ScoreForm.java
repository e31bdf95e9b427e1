package eu.sadarbe.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.assessment.scoring.Criterion;
import eu.sadarbe.assessment.scoring.ScoreProblem;
import eu.sadarbe.assessment.scoring.ScoreSheet;

/**
 * The expert's assessment form as typed: points stay text until parsed, so that nothing typed is lost when a
 * number is not a whole number.
 */
public record ScoreForm(@Nullable String relevance, @Nullable String design, @Nullable String team,
                        @Nullable String impact, @Nullable String relevanceComment, @Nullable String designComment,
                        @Nullable String teamComment, @Nullable String impactComment,
                        @Nullable String recommendedGrant, @Nullable String grantJustification) {

    static ScoreForm of(ScoreSheet sheet) {
        return new ScoreForm(text(sheet.relevance()), text(sheet.design()), text(sheet.team()), text(sheet.impact()),
                sheet.relevanceComment(), sheet.designComment(), sheet.teamComment(), sheet.impactComment(),
                sheet.recommendedGrant() == null ? "" : sheet.recommendedGrant().toPlainString(),
                sheet.grantJustification());
    }

    public @Nullable String points(Criterion criterion) {
        return switch (criterion) {
            case RELEVANCE -> relevance;
            case DESIGN -> design;
            case TEAM -> team;
            case IMPACT -> impact;
        };
    }

    public String comment(Criterion criterion) {
        String comment = switch (criterion) {
            case RELEVANCE -> relevanceComment;
            case DESIGN -> designComment;
            case TEAM -> teamComment;
            case IMPACT -> impactComment;
        };
        return comment == null ? "" : comment;
    }

    /** The sheet this form describes; what cannot be read as a number is reported and left out. */
    ScoreSheet toSheet(UUID assignmentId, List<ScoreProblem> problems) {
        List<@Nullable Integer> points = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            points.add(whole(criterion.key(), points(criterion), problems));
        }
        BigDecimal grant = null;
        if (recommendedGrant != null && !recommendedGrant.isBlank()) {
            try {
                grant = new BigDecimal(recommendedGrant.strip().replace(',', '.'));
            } catch (NumberFormatException notAnAmount) {
                problems.add(new ScoreProblem("recommendedGrant", "scoring.error.notAnAmount", List.of()));
            }
        }
        return new ScoreSheet(assignmentId, points.get(0), points.get(1), points.get(2), points.get(3),
                comment(Criterion.RELEVANCE), comment(Criterion.DESIGN), comment(Criterion.TEAM),
                comment(Criterion.IMPACT), grant, grantJustification == null ? "" : grantJustification, null, null);
    }

    private static @Nullable Integer whole(String field, @Nullable String text, List<ScoreProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notWhole) {
            problems.add(new ScoreProblem(field, "scoring.error.notWhole", List.of()));
            return null;
        }
    }

    private static String text(@Nullable Integer points) {
        return points == null ? "" : points.toString();
    }
}
