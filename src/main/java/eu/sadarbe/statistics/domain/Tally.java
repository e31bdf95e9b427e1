package eu.sadarbe.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The raw sums of a group of applications as the database adds them up per cell (call year, round, agency, action
 * type, field, country); cells add up to any coarser group, and only then are the figures published
 * ({@link #figures()}), so that suppression applies to the group people see, never to a cell.
 */
record Tally(long received, long awaitingCheck, long eligible, long ineligible, long passed, long selected,
             long reserve, long rejected, long contracted, long completed, long requestedKnown,
             BigDecimal requested, BigDecimal requestedBySelected, BigDecimal awarded, BigDecimal contractedAmount,
             BigDecimal completedContracted, BigDecimal completedFinal, @Nullable Integer lowestSelectedScore) {

    static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);

    Tally plus(Tally other) {
        return new Tally(received + other.received, awaitingCheck + other.awaitingCheck, eligible + other.eligible,
                ineligible + other.ineligible, passed + other.passed, selected + other.selected,
                reserve + other.reserve, rejected + other.rejected, contracted + other.contracted,
                completed + other.completed, requestedKnown + other.requestedKnown, requested.add(other.requested),
                requestedBySelected.add(other.requestedBySelected), awarded.add(other.awarded),
                contractedAmount.add(other.contractedAmount), completedContracted.add(other.completedContracted),
                completedFinal.add(other.completedFinal), lowest(lowestSelectedScore, other.lowestSelectedScore));
    }

    boolean hasDecisions() {
        return selected + reserve + rejected > 0;
    }

    /**
     * Completed projects and their final grant come from reporting's {@code ProjectCompleted} (the last agreement of
     * the application settled after its final report). The reduction rate is the share of the contracted grant of
     * the completed projects that was not granted in the end: {@code 1 − Σ final grant / Σ contracted}, whatever the
     * cause (activities not carried out or ineligible, R-RED-02, or poor implementation, R-RED-01); published for
     * groups of at least {@link Figures#SMALLEST_GROUP} completed projects, since it would show one project's final
     * grant otherwise, and "not yet available" while no project of the group is completed.
     */
    Figures figures() {
        Figure reduction = completed == 0 || completedContracted.signum() == 0 ? Figure.notYetAvailable()
                : Figures.atLeastSmallestGroup(completed, BigDecimal.ONE.subtract(
                        completedFinal.divide(completedContracted, 4, RoundingMode.HALF_UP)));
        return new Figures(received, awaitingCheck, eligible, ineligible, passed, selected, reserve, rejected,
                contracted, Figure.of(BigDecimal.valueOf(completed)),
                Figures.atLeastSmallestGroup(requestedKnown, requested),
                Figures.atLeastSmallestGroup(selected, requestedBySelected), Figure.of(awarded),
                Figure.of(contractedAmount), reduction);
    }

    /** The cut-off of a ranking: its lowest selected score, held back under the smallest group. */
    Figure cutOff() {
        return Figures.atLeastSmallestGroup(selected,
                lowestSelectedScore == null ? null : BigDecimal.valueOf(lowestSelectedScore));
    }

    private static @Nullable Integer lowest(@Nullable Integer one, @Nullable Integer other) {
        if (one == null) {
            return other;
        }
        return other == null ? one : Math.min(one, other);
    }
}
