package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * What the decisions actually made add up to (R-AWD-05): how many applications are selected, for how much, and what
 * is left of the envelope — negative when overrides took the selection over it.
 */
public record DecidedTotals(int selected, BigDecimal amount, BigDecimal envelope, boolean anyDecision) {

    public static DecidedTotals of(Collection<Decision> decisions, BigDecimal envelope) {
        BigDecimal amount = BigDecimal.ZERO;
        int selected = 0;
        for (Decision decision : decisions) {
            if (decision.outcome() == Outcome.SELECTED && decision.granted() != null) {
                amount = amount.add(decision.granted());
                selected++;
            }
        }
        return new DecidedTotals(selected, amount, envelope, !decisions.isEmpty());
    }

    /** The envelope less the selected grants; negative when the selection is over the envelope. */
    public BigDecimal remaining() {
        return envelope.subtract(amount);
    }

    public boolean overEnvelope() {
        return remaining().signum() < 0;
    }

    /** By how much the selection is over the envelope; zero when within it. */
    public BigDecimal excess() {
        return overEnvelope() ? remaining().negate() : BigDecimal.ZERO;
    }
}
