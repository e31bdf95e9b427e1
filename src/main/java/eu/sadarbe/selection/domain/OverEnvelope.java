package eu.sadarbe.selection.domain;

import java.math.BigDecimal;

/**
 * R-AWD-05: an individual decision that takes the selected grants over the budget envelope, asked for without a
 * reason for going over it; {@code excess} says by how much the selection would be over.
 */
public class OverEnvelope extends ChangeRefused {

    private final BigDecimal excess;

    public OverEnvelope(BigDecimal excess) {
        super("selection.problem.overEnvelopeReasonRequired");
        this.excess = excess;
    }

    public BigDecimal excess() {
        return excess;
    }
}
