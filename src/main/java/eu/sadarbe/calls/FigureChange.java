package eu.sadarbe.calls;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One correction of a rule figure: what, by whom, when, before and after, and why. */
public record FigureChange(Instant changedAt, String changedBy, String figure, @Nullable BigDecimal oldAmount,
                           BigDecimal newAmount, @Nullable String oldStatus, String newStatus, String reason) {
}
