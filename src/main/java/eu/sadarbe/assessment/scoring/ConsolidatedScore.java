package eu.sadarbe.assessment.scoring;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The officer's final score of an application (R-AWD-01…03), with the suggestion it started from and the one
 * assessment comment the officer wrote or approved for the decision letter (issue 17).
 */
public record ConsolidatedScore(Scores scores, boolean passed, int suggestedTotal, @Nullable String overrideReason,
                                @Nullable BigDecimal recommendedGrant, String consolidatedBy,
                                Instant consolidatedAt, @Nullable String assessmentComment) {
}
