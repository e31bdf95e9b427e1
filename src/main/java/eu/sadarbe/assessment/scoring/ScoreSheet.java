package eu.sadarbe.assessment.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One expert's assessment as it stands: points and a comment per criterion (R-AWD-01), and optionally a lower grant
 * they recommend with its justification. A draft may be incomplete; a submitted one is locked.
 */
public record ScoreSheet(UUID assignmentId, @Nullable Integer relevance, @Nullable Integer design,
                         @Nullable Integer team, @Nullable Integer impact, String relevanceComment,
                         String designComment, String teamComment, String impactComment,
                         @Nullable BigDecimal recommendedGrant, String grantJustification,
                         @Nullable Instant savedAt, @Nullable Instant submittedAt) {

    /** A sheet nothing was written on yet. */
    public static ScoreSheet empty(UUID assignmentId) {
        return new ScoreSheet(assignmentId, null, null, null, null, "", "", "", "", null, "", null, null);
    }

    public @Nullable Integer points(Criterion criterion) {
        return switch (criterion) {
            case RELEVANCE -> relevance;
            case DESIGN -> design;
            case TEAM -> team;
            case IMPACT -> impact;
        };
    }

    public String comment(Criterion criterion) {
        return switch (criterion) {
            case RELEVANCE -> relevanceComment;
            case DESIGN -> designComment;
            case TEAM -> teamComment;
            case IMPACT -> impactComment;
        };
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean complete() {
        return relevance != null && design != null && team != null && impact != null;
    }

    /** The points, once every criterion has some. */
    public Scores scores() {
        if (!complete()) {
            throw new IllegalStateException("Incomplete assessment");
        }
        return new Scores(relevance, design, team, impact);
    }

    public @Nullable Integer total() {
        return complete() ? scores().total() : null;
    }
}
