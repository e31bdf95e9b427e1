package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** R-RED-01's outcome for a score: its band and the share of the final grant it takes away (0 when none). */
public record Reduction(@Nullable Integer score, Band band, BigDecimal share) {

    /** No score (an interim report, or a final one not scored yet): nothing is reduced. */
    public static final Reduction NONE = new Reduction(null, Band.NONE, BigDecimal.ZERO);

    public enum Band {
        NONE, LIGHT, MEDIUM, HEAVY
    }

    /** The share as a whole percentage, 25 for 0.25. */
    public BigDecimal percent() {
        return share.movePointRight(2).stripTrailingZeros();
    }
}
