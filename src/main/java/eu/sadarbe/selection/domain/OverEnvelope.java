package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.util.Map;

import eu.sadarbe.web.Formats;

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

    /** R-AWD-05: the excess in the reader's notation. */
    @Override
    public Object[] messageArguments(Wording wording) {
        return new Object[] {Formats.in(wording.locale()).money(excess)};
    }

    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("overEnvelopeBy", excess);
    }
}
