package eu.sadarbe.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The funnel of one group of applications (the whole filter, an action type, a country …): how many were received,
 * are still awaiting the formal check, were found eligible or ineligible, passed the pass marks (R-AWD-02), were
 * selected, placed on the reserve list or rejected (R-AWD-05), and are contracted (a grant agreement in force) or
 * completed; with the amounts requested, awarded and contracted. Counts are always published; figures that a small
 * group would tie to one application are {@link Availability#SUPPRESSED} (docs/statistics.md).
 */
public record Figures(long received, long awaitingCheck, long eligible, long ineligible, long passed, long selected,
                      long reserve, long rejected, long contracted, Figure completed, Figure requested,
                      Figure requestedBySelected, Figure awarded, Figure contractedAmount, Figure reductionRate) {

    /**
     * Requested amounts, scores and reduction rates are published only for groups of at least this many applications:
     * the request of a rejected application and any application's score are not public (only the selected projects
     * and their grants are, on the results platform), and a sum over one or two applications would show them.
     */
    public static final int SMALLEST_GROUP = 3;

    /** Selected as a share of received: the success rate the programme reports. */
    public @Nullable BigDecimal successRate() {
        return share(selected, received);
    }

    public @Nullable BigDecimal eligibleRate() {
        return share(eligible, received);
    }

    /** Passed the pass marks as a share of the eligible applications (R-AWD-02). */
    public @Nullable BigDecimal passRate() {
        return share(passed, eligible);
    }

    /** Selected as a share of those that passed: how far the budget reached (R-AWD-05). */
    public @Nullable BigDecimal selectionRate() {
        return share(selected, passed);
    }

    /** Contracted as a share of the selected. */
    public @Nullable BigDecimal contractRate() {
        return share(contracted, selected);
    }

    /** {@code part / whole} with four decimals (0.4545 for 45.45 %); none when nothing was there to count. */
    public static @Nullable BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    static Figure atLeastSmallestGroup(long count, @Nullable BigDecimal value) {
        return count < SMALLEST_GROUP ? Figure.suppressed() : Figure.of(value);
    }
}
