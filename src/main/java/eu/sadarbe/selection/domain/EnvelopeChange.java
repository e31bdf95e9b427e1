package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One change of a budget envelope, kept for good: the amount and reserve size before and after, who and when. */
public record EnvelopeChange(@Nullable BigDecimal amountBefore, BigDecimal amountAfter,
                             @Nullable Integer reserveSizeBefore, int reserveSizeAfter, String changedBy,
                             Instant changedAt) {
}
