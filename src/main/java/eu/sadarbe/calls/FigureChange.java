package eu.sadarbe.calls;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One correction of a rule figure: what, by whom, when, before and after, and why. Amount and status for figures,
 * bands and day rates; text for a country's participation and day-rate group (R-CTRY-01).
 */
public record FigureChange(Instant changedAt, String changedBy, String figure, @Nullable BigDecimal oldAmount,
                           @Nullable BigDecimal newAmount, @Nullable String oldStatus, @Nullable String newStatus,
                           @Nullable String oldText, @Nullable String newText, String reason) {

    public boolean isText() {
        return newText != null;
    }
}
